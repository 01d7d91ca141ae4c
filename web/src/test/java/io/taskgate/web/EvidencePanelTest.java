package io.taskgate.web;

import io.taskgate.api.admin.MemberEvidence;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidencePanelTest {

    static final String BODY = """
            {"tenantId":"acme","username":"bob","until":"2026-12-05T12:00:00Z",
             "outlook":{"status":"BLOCKED","score":2.1,"threshold":2.0,"flaggedAt":"2026-12-05T10:00:00Z","words":"Score 2.1 of 2.0."},
             "scoreHistory":[{"at":"2026-12-05T10:00:00Z","score":2.1,"signal":true}],
             "signals":[{"at":"2026-12-05T10:00:00Z","source":"intent-marker","severity":"MAJOR","label":"off_topic","scoreAfter":2.1}],
             "intentMix":[{"task":"acme-checkout","requests":3,"labels":{"code":3}},
                          {"task":"acme-docs","requests":9,"labels":{"doc":7,"off_topic":2}}],
             "activity":{"hours":[{"start":"2026-12-05T11:00:00Z","requests":4,"tokens":40},
                                  {"start":"2026-12-05T12:00:00Z","requests":30,"tokens":300}],
                         "baselineRequestsPerHour":2.04,"baselineTokensPerHour":20},
             "decisions":[]}""";

    final EvidencePanel evidence = new EvidencePanel(AdminJson.read(BODY, MemberEvidence.class));

    @Test
    void theIntentMixIsOneStackedBarPerTaskAndALineOfWordsPerTask() {
        JsonObject chart = Json.createReader(new StringReader(evidence.getIntentChart())).readObject();
        assertEquals(List.of("acme-checkout", "acme-docs"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(3, chart.getJsonObject("data").getJsonArray("datasets").size(), "code, doc, off_topic");
        assertEquals(List.of("acme-checkout: code 3", "acme-docs: doc 7, off_topic 2"), evidence.getIntentLines());
    }

    @Test
    void theActivityIsRequestsPerHourAgainstTheOwnBaseline() {
        assertEquals(30, evidence.getRequestsThisHour());
        assertEquals("2.0", evidence.getBaseline());
        JsonObject chart = Json.createReader(new StringReader(evidence.getActivityChart())).readObject();
        assertEquals("11:00", chart.getJsonObject("data").getJsonArray("labels").getString(0));
        assertTrue(evidence.isFlagged());
    }
}

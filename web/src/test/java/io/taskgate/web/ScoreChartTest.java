package io.taskgate.web;

import io.taskgate.api.admin.ScorePoint;
import io.taskgate.api.admin.SignalView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreChartTest {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    static SignalView signal(String at, String source, String severity, double scoreAfter) {
        return new SignalView(null, at, null, null, source, severity, "off_topic", null, null, 1, scoreAfter, null, null,
                null, null);
    }

    final List<SignalView> signals = List.of(signal("2026-12-05T10:00:00Z", "intent-marker", "MAJOR", 2.1),
            signal("2026-12-05T10:00:00Z", "embedding", "SLIGHT", 2.1), signal("2026-12-04T12:00:00Z", "intent-marker", "MAJOR", 1.0));
    final ScoreChart chart = ScoreChart.of(List.of(new ScorePoint("2026-12-04T12:00:00Z", 1.0, true),
            new ScorePoint("2026-12-05T12:00:00Z", 1.9, false)), signals, 2.0, NOW);

    JsonArray datasets() {
        JsonObject config = Json.createReader(new StringReader(chart.json())).readObject();
        return config.getJsonObject("data").getJsonArray("datasets");
    }

    @Test
    void theScoreIsALineInHoursBeforeNowAndTheThresholdADashedLineAcrossTheWholeSpan() {
        JsonArray datasets = datasets();
        assertEquals("Deviation score", datasets.getJsonObject(0).getString("label"));
        assertEquals(-24.0, datasets.getJsonObject(0).getJsonArray("data").getJsonObject(0).getJsonNumber("x").doubleValue());
        JsonObject threshold = datasets.getJsonObject(1);
        assertEquals("Threshold 2.0", threshold.getString("label"));
        assertEquals(-26.5, threshold.getJsonArray("data").getJsonObject(0).getJsonNumber("x").doubleValue(),
                "a margin before the oldest point, in half hours");
        assertEquals(2.0, threshold.getJsonArray("data").getJsonObject(1).getJsonNumber("y").doubleValue());
    }

    @Test
    void eachDetectorIsADatasetAndAClickedPointFindsItsSignal() {
        JsonArray datasets = datasets();
        assertEquals("Signal: intent-marker", datasets.getJsonObject(2).getString("label"));
        assertEquals("Signal: embedding", datasets.getJsonObject(3).getString("label"));
        assertEquals("triangle", datasets.getJsonObject(2).getJsonArray("pointStyle").getString(0));
        assertEquals("circle", datasets.getJsonObject(3).getJsonArray("pointStyle").getString(0));
        assertEquals("intent-marker: MAJOR off_topic · score 1.00",
                datasets.getJsonObject(2).getJsonArray("data").getJsonObject(1).getString("text"));
        assertEquals(0, chart.signalAt(2, 0));
        assertEquals(2, chart.signalAt(2, 1));
        assertEquals(1, chart.signalAt(3, 0));
        assertEquals(-1, chart.signalAt(0, 0), "the score line is no signal");
        assertEquals(-1, chart.signalAt(3, 1));
    }
}

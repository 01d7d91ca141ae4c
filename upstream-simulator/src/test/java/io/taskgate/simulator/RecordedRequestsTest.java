package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedRequestsTest extends SimulatorTestBase {

    @Test
    void recordsMethodPathQueryHeadersAndBody() throws Exception {
        String body = chat("gpt-4o", "hello", "");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(sim.baseUrl() + "/chat/completions?api-version=2024-10-21"))
                .header("Authorization", "Bearer " + KEY)
                .header("X-Taskgate-Tenant", "acme")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        assertEquals(200, CLIENT.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());

        List<RecordedRequest> recorded = sim.requests();
        assertEquals(1, recorded.size());
        RecordedRequest r = recorded.get(0);
        assertEquals("POST", r.method());
        assertEquals("/v1/chat/completions", r.path());
        assertEquals("2024-10-21", r.queryParam("api-version"));
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        assertEquals("Bearer " + KEY, r.headers().get("authorization"));
        assertEquals("acme", r.header("x-taskgate-tenant"));
        assertNull(r.header("x-api-key"));
        assertEquals(body, r.body());
        assertEquals(r, sim.lastRequest().orElseThrow());
    }

    @Test
    void recordsRejectedRequestsToo() throws Exception {
        post("/chat/completions", chat("gpt-4o", "x", ""), "Bearer caller-token");
        assertEquals("Bearer caller-token", sim.lastRequest().orElseThrow().header("authorization"));
    }

    @Test
    void recordKeepsOnlyTheLastThousand() throws Exception {
        RequestLog log = new RequestLog();
        for (int i = 0; i < 1005; i++) {
            log.add(new RecordedRequest("GET", "/v1/models", null, java.util.Map.of(), "#" + i, i));
        }
        List<RecordedRequest> all = log.snapshot();
        assertEquals(1000, all.size());
        assertEquals("#5", all.get(0).body());
        assertEquals("#1004", all.get(999).body());
    }

    @Test
    void recordIsExposedAndClearedOverHttpWithoutBeingRecorded() throws Exception {
        post("/embeddings", "{\"model\":\"m\",\"input\":\"x\"}");
        String admin = sim.baseUrl().replace("/v1", "/_simulator/requests");
        HttpResponse<String> listed = get(admin, null);
        assertEquals(200, listed.statusCode());
        JsonNode array = json(listed);
        assertEquals(1, array.size());
        assertEquals("/v1/embeddings", array.at("/0/path").asText());
        assertEquals("POST", array.at("/0/method").asText());
        assertEquals("Bearer " + KEY, array.at("/0/headers/authorization").asText());
        assertTrue(array.at("/0/body").asText().contains("\"input\":\"x\""));

        HttpResponse<String> cleared = CLIENT.send(HttpRequest.newBuilder(URI.create(admin)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, cleared.statusCode());
        assertEquals(0, sim.requests().size());
        assertEquals(0, json(get(admin, null)).size());
    }

    @Test
    void clearRequestsEmptiesTheRecord() throws Exception {
        get(sim.baseUrl() + "/models", "Bearer " + KEY);
        assertEquals(1, sim.requests().size());
        sim.clearRequests();
        assertTrue(sim.requests().isEmpty());
    }
}

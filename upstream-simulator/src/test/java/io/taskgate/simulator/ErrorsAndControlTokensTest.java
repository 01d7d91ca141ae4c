package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ErrorsAndControlTokensTest extends SimulatorTestBase {

    @Test
    void wrongApiKeyGets401InOpenAiFormat() throws Exception {
        HttpResponse<String> response = post("/chat/completions", chat("gpt-4o", "hi", ""), "Bearer sk-wrong");
        assertEquals(401, response.statusCode());
        JsonNode error = json(response).get("error");
        assertEquals("Incorrect API key provided", error.get("message").asText());
        assertEquals("invalid_request_error", error.get("type").asText());
        assertEquals("invalid_api_key", error.get("code").asText());
    }

    @Test
    void missingAuthorizationGets401EvenForModels() throws Exception {
        assertEquals(401, post("/chat/completions", chat("gpt-4o", "hi", ""), null).statusCode());
        HttpResponse<String> models = get(sim.baseUrl() + "/models", null);
        assertEquals(401, models.statusCode());
        assertEquals("invalid_api_key", json(models).at("/error/code").asText());
        assertEquals(401, get(sim.baseUrl() + "/models", "Basic " + KEY).statusCode());
    }

    @Test
    void malformedJsonGets400InvalidRequestError() throws Exception {
        HttpResponse<String> response = post("/chat/completions", "{\"model\": \"gpt-4o\", ");
        assertEquals(400, response.statusCode());
        assertEquals("invalid_request_error", json(response).at("/error/type").asText());
        assertEquals(400, post("/embeddings", "[1,2]").statusCode());
    }

    @Test
    void unknownPathGets404AndWrongMethodGets405() throws Exception {
        HttpResponse<String> missing = post("/assistants", "{}");
        assertEquals(404, missing.statusCode());
        assertEquals("unknown_url", json(missing).at("/error/code").asText());
        HttpResponse<String> wrongMethod = get(sim.baseUrl() + "/chat/completions", "Bearer " + KEY);
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElseThrow());
        assertTrue(json(wrongMethod).at("/error/message").asText().contains("GET"));
    }

    @Test
    void statusControlTokenReturns429WithRetryAfter() throws Exception {
        HttpResponse<String> response = post("/chat/completions", chat("gpt-4o", "please [sim:status=429]", ""));
        assertEquals(429, response.statusCode());
        assertEquals("7", response.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("rate_limit_exceeded", json(response).at("/error/code").asText());

        HttpResponse<String> custom = post("/chat/completions",
                chat("gpt-4o", "[sim:status=429][sim:retry-after=2]", ",\"stream\":true"));
        assertEquals(429, custom.statusCode());
        assertEquals("2", custom.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(custom.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void statusControlTokenReturnsServerErrors() throws Exception {
        for (int status : new int[] {500, 503}) {
            HttpResponse<String> response = post("/completions",
                    "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x [sim:status=" + status + "]\"}");
            assertEquals(status, response.statusCode());
            assertEquals("server_error", json(response).at("/error/type").asText());
        }
        HttpResponse<String> embeddings = post("/embeddings",
                "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"[sim:status=503]\"]}");
        assertEquals(503, embeddings.statusCode());
    }

    @Test
    void delayControlTokenDelaysResponseHeaders() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post("/chat/completions", chat("gpt-4o", "wait [sim:delay-ms=300]", ""));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, response.statusCode());
        assertTrue(elapsedMs >= 300, "elapsed " + elapsedMs);
    }

    @Test
    void controlTokensInEarlierMessagesApplyToo() throws Exception {
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"system\",\"content\":\"[sim:words=1]\"},"
                + "{\"role\":\"user\",\"content\":\"hi\"}]}";
        assertEquals(3, json(post("/chat/completions", body)).at("/usage/completion_tokens").asInt());
    }

    /** Without TCP_NODELAY the JDK server stalls every small response on delayed ACKs; the benchmark measures speed. */
    @Test
    void simulatorTurnsOnTcpNoDelaySoSmallResponsesAreNotHeldBack() {
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }
}

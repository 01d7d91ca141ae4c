package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Starts one simulator on an ephemeral port per test class and offers plain HTTP helpers. */
abstract class SimulatorTestBase {

    static final String KEY = "sk-test-upstream";
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static OpenAiSimulator sim;

    @BeforeAll
    static void startSimulator() {
        sim = OpenAiSimulator.start(SimulatorConfig.defaults().withApiKey(KEY));
    }

    @AfterAll
    static void stopSimulator() {
        sim.stop();
    }

    @BeforeEach
    void clearRecord() {
        sim.clearRequests();
    }

    static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, "Bearer " + KEY);
    }

    static HttpResponse<String> post(String path, String json, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    static String chat(String model, String userText, String extraFields) {
        return "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":"
                + quote(userText) + "}]" + extraFields + "}";
    }

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parsed {@code data:} payloads of an SSE body; the literal {@code [DONE]} is kept as a text node. */
    static List<JsonNode> events(String sseBody) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String block : sseBody.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            if (!block.startsWith("data: ")) {
                throw new AssertionError("not an SSE data event: " + block);
            }
            String data = block.substring(6);
            events.add(data.equals("[DONE]") ? MAPPER.getNodeFactory().textNode("[DONE]") : MAPPER.readTree(data));
        }
        return events;
    }
}

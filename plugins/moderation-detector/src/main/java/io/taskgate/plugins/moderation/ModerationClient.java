package io.taskgate.plugins.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.plugins.moderation.ModerationDetectorFactory.ModerationUnavailableException;
import io.taskgate.plugins.moderation.ModerationDetectorFactory.Verdict;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One call of the upstream's {@code POST /moderations} for one or more texts ({@code "input": [...]}, as OpenAI's
 * API takes them), answered with one {@link Verdict} per text, in order.
 */
final class ModerationClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final Duration timeout;

    ModerationClient(URI endpoint, String apiKey, String model, Duration timeout) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    Duration timeout() {
        return timeout;
    }

    /** The verdicts of {@code texts}, in order; {@link ModerationUnavailableException} when there is no usable answer. */
    List<Verdict> moderate(List<String> texts) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(model, texts), StandardCharsets.UTF_8));
        if (!apiKey.isEmpty()) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ModerationUnavailableException("moderation call took longer than " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new ModerationUnavailableException("moderation call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModerationUnavailableException("moderation call interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new ModerationUnavailableException("moderation endpoint answered HTTP " + response.statusCode(), null);
        }
        List<Verdict> verdicts = verdicts(response.body());
        if (verdicts.size() != texts.size()) {
            throw new ModerationUnavailableException("moderation answered " + verdicts.size() + " results for "
                    + texts.size() + " inputs", null);
        }
        return verdicts;
    }

    static String body(String model, List<String> texts) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree of strings is always serialisable", e);
        }
    }

    /** One verdict per result: flagged, the flagged categories and the highest score among them. */
    static List<Verdict> verdicts(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ModerationUnavailableException("moderation answer is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("results").isArray()) {
            throw new ModerationUnavailableException("moderation answer has no results", null);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode result : root.path("results")) {
            boolean flagged = result.path("flagged").asBoolean(false);
            TreeSet<String> categories = new TreeSet<>();
            double confidence = 0;
            JsonNode scores = result.path("category_scores");
            for (Iterator<Map.Entry<String, JsonNode>> it = result.path("categories").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> category = it.next();
                if (category.getValue().asBoolean(false)) {
                    categories.add(category.getKey());
                    confidence = Math.max(confidence, scores.path(category.getKey()).asDouble(0));
                }
            }
            confidence = flagged && confidence == 0 ? 1.0 : Math.min(1.0, Math.max(0.0, confidence));
            verdicts.add(new Verdict(flagged, new ArrayList<>(categories), confidence));
        }
        return verdicts;
    }
}

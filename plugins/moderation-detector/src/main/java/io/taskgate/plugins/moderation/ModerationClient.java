package io.taskgate.plugins.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.plugins.moderation.ModerationDetectorFactory.ModerationUnavailableException;
import io.taskgate.plugins.moderation.ModerationDetectorFactory.Verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
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
 *
 * <p>A blocking call on the dispatcher's own thread through the JDK's {@link HttpURLConnection}, whose keep-alive
 * cache reuses connections. The JDK's {@code java.net.http.HttpClient} hands every exchange to its selector and
 * executor threads: on this project's 2-core machine it used 0.9-1.3 ms of CPU per call against 0.15-0.5 ms for this
 * one (docs/benchmarks.md), and the moderation call is made for nearly every request.
 */
final class ModerationClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final int timeoutMillis;

    ModerationClient(URI endpoint, String apiKey, String model, Duration timeout) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }

    Duration timeout() {
        return timeout;
    }

    /** The verdicts of {@code texts}, in order; {@link ModerationUnavailableException} when there is no usable answer. */
    List<Verdict> moderate(List<String> texts) {
        byte[] body = body(model, texts).getBytes(StandardCharsets.UTF_8);
        try {
            return call(body, texts.size());
        } catch (RetryableFailure e) {
            // most often a kept-alive connection the server had closed; a moderation is idempotent, so it is made once
            // more, with another connection
            return call(body, texts.size());
        }
    }

    private List<Verdict> call(byte[] body, int inputs) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            connection.setUseCaches(false);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            if (!apiKey.isEmpty()) {
                connection.setRequestProperty("Authorization", "Bearer " + apiKey);
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            String answer = readFully(status < 400 ? connection.getInputStream() : connection.getErrorStream());
            if (status != 200) {
                throw new ModerationUnavailableException("moderation endpoint answered HTTP " + status, null);
            }
            List<Verdict> verdicts = verdicts(answer);
            if (verdicts.size() != inputs) {
                throw new ModerationUnavailableException("moderation answered " + verdicts.size() + " results for "
                        + inputs + " inputs", null);
            }
            return verdicts;
        } catch (SocketTimeoutException e) {
            disconnect(connection);
            throw new ModerationUnavailableException("moderation call took longer than " + timeoutMillis + " ms", e);
        } catch (IOException e) {
            disconnect(connection);
            throw new RetryableFailure("moderation call failed: " + e, e);
        }
    }

    /** The call failed on the network (not by a timeout); it may be made once more. */
    private static final class RetryableFailure extends ModerationUnavailableException {
        RetryableFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The whole answer; reading it to its end and closing it hands the connection back to the JDK's keep-alive cache,
     * so the next call reuses it.
     */
    private static String readFully(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A connection that timed out or failed is not reused. */
    private static void disconnect(HttpURLConnection connection) {
        if (connection != null) {
            connection.disconnect();
        }
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

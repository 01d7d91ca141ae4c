package io.taskgate.core.application.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.taskgate.api.pipeline.Usage;

import java.util.Optional;

/** Reads usage and completion text out of an upstream JSON answer (a whole response or one stream chunk). */
public final class UpstreamAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads exactly one JSON value: content after it (a second value, garbage) is an error. */
    private static final ObjectReader WHOLE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private UpstreamAnswerReader() {
    }

    /** The parsed body, or a missing node when it is empty or not JSON. */
    public static JsonNode parse(byte[] body) {
        return readOrMissing(() -> JSON.readTree(body));
    }

    /** The parsed text, or a missing node when it is empty or not JSON. */
    public static JsonNode parse(String body) {
        return readOrMissing(() -> JSON.readTree(body));
    }

    /**
     * The body parsed when it is one whole JSON object, as every OpenAI answer and stream chunk is; empty when it is
     * empty, cut off, not JSON, or another JSON value.
     */
    public static Optional<JsonNode> parseObject(byte[] body) {
        return objectOrEmpty(readOrMissing(() -> WHOLE.readTree(body)));
    }

    /** The text parsed when it is one whole JSON object; empty otherwise (see {@link #parseObject(byte[])}). */
    public static Optional<JsonNode> parseObject(String body) {
        return objectOrEmpty(readOrMissing(() -> WHOLE.readTree(body)));
    }

    private static Optional<JsonNode> objectOrEmpty(JsonNode node) {
        return node.isObject() ? Optional.of(node) : Optional.empty();
    }

    private interface TreeRead {
        JsonNode read() throws java.io.IOException;
    }

    private static JsonNode readOrMissing(TreeRead read) {
        try {
            JsonNode node = read.read();
            return node == null ? JSON.missingNode() : node;
        } catch (java.io.IOException e) {
            return JSON.missingNode();
        }
    }

    /**
     * The usage an answer or stream chunk reports: chat and completions' {@code prompt_tokens} and
     * {@code completion_tokens}, or the Responses API's {@code input_tokens} and {@code output_tokens} (a response
     * object's, e.g. the {@code response} of {@code response.completed}); the completion from {@code total_tokens}
     * when only that is given.
     */
    public static Optional<Usage> usage(JsonNode answer) {
        JsonNode usage = answer.path("usage");
        if (!usage.isObject()) {
            return Optional.empty();
        }
        if (!usage.has("prompt_tokens") && (usage.has("input_tokens") || usage.has("output_tokens"))) {
            long input = usage.path("input_tokens").asLong(0);
            long output = usage.has("output_tokens") ? usage.path("output_tokens").asLong(0)
                    : Math.max(0, usage.path("total_tokens").asLong(input) - input);
            return Optional.of(new Usage(input, output, false));
        }
        long prompt = usage.path("prompt_tokens").asLong(0);
        long completion = usage.has("completion_tokens") ? usage.path("completion_tokens").asLong(0)
                : Math.max(0, usage.path("total_tokens").asLong(prompt) - prompt);
        return Optional.of(new Usage(prompt, completion, false));
    }

    /**
     * The text of the answer: the first choice's (a chat message, a chat delta, or a legacy completion), or a Responses
     * object's {@code output_text} parts, joined.
     */
    public static String text(JsonNode answer) {
        if (answer.path("output").isArray()) {
            return responseText(answer.path("output"));
        }
        JsonNode choice = answer.path("choices").path(0);
        if (choice.path("message").path("content").isTextual()) {
            return choice.path("message").path("content").asText();
        }
        if (choice.path("delta").path("content").isTextual()) {
            return choice.path("delta").path("content").asText();
        }
        return choice.path("text").asText("");
    }

    private static String responseText(JsonNode output) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : output) {
            for (JsonNode part : item.path("content")) {
                if ("output_text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                    text.append(part.path("text").asText());
                }
            }
        }
        return text.toString();
    }

    /** Rough token estimate (4 characters a token) for an answer that reports no usage. */
    public static long estimateTokens(String text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3L) / 4;
    }
}

package io.taskgate.core.infrastructure.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Usage;

import java.util.Optional;

/** Reads usage and completion text out of an upstream JSON answer (a whole response or one stream chunk). */
public final class UpstreamAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    public static Optional<Usage> usage(JsonNode answer) {
        JsonNode usage = answer.path("usage");
        if (!usage.isObject()) {
            return Optional.empty();
        }
        long prompt = usage.path("prompt_tokens").asLong(0);
        long completion = usage.has("completion_tokens") ? usage.path("completion_tokens").asLong(0)
                : Math.max(0, usage.path("total_tokens").asLong(prompt) - prompt);
        return Optional.of(new Usage(prompt, completion, false));
    }

    /** The text of the first choice: a chat message, a chat delta, or a legacy completion. */
    public static String text(JsonNode answer) {
        JsonNode choice = answer.path("choices").path(0);
        if (choice.path("message").path("content").isTextual()) {
            return choice.path("message").path("content").asText();
        }
        if (choice.path("delta").path("content").isTextual()) {
            return choice.path("delta").path("content").asText();
        }
        return choice.path("text").asText("");
    }
}

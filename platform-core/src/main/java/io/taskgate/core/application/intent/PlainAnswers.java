package io.taskgate.core.application.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/** Strips the intent marker from a whole (non-streamed) chat completion and reads its label. */
public final class PlainAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainAnswers() {
    }

    /**
     * The answer as the client should see it, and the label of its first choice ({@link ToolCalls#LABEL} when that
     * choice only called a tool).
     */
    public record Stripped(byte[] body, String label) {
    }

    /**
     * Strips the marker from an answer already parsed into {@code root} (edited in place, so a later reader of
     * the tree sees the clean text); {@code body} is returned unchanged when there was nothing to strip.
     */
    public static Stripped strip(JsonNode root, byte[] body, IntentMarker marker) {
        if (root == null || !root.path("choices").isArray()) {
            return new Stripped(body, IntentMarker.UNKNOWN);
        }
        String label = null;
        boolean changed = false;
        for (JsonNode choice : root.path("choices")) {
            JsonNode message = choice.path("message");
            String found = null;
            if (message.path("content").isTextual()) {
                MarkerFilter filter = new MarkerFilter(marker);
                String original = message.path("content").asText();
                String clean = filter.whole(original);
                if (!clean.equals(original)) {
                    ((ObjectNode) message).put("content", clean);
                    changed = true;
                }
                found = filter.found() ? filter.label() : null;
            }
            label = label == null ? ToolCalls.label(found, ToolCalls.inChatMessage(message)) : label;
        }
        try {
            return new Stripped(changed ? JSON.writeValueAsBytes(root) : body, label == null ? IntentMarker.UNKNOWN : label);
        } catch (IOException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }
}

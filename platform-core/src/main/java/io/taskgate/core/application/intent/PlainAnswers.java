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

    /** The answer as the client should see it, and the label of its first choice. */
    public record Stripped(byte[] body, String label) {
    }

    public static Stripped strip(byte[] body, IntentMarker marker) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return new Stripped(body, IntentMarker.UNKNOWN);
        }
        if (root == null || !root.path("choices").isArray()) {
            return new Stripped(body, IntentMarker.UNKNOWN);
        }
        String label = null;
        boolean changed = false;
        for (JsonNode choice : root.path("choices")) {
            JsonNode message = choice.path("message");
            if (message.path("content").isTextual()) {
                MarkerFilter filter = new MarkerFilter(marker);
                String original = message.path("content").asText();
                String clean = filter.accept(original) + filter.finish();
                ((ObjectNode) message).put("content", clean);
                changed |= !clean.equals(original);
                label = label == null ? filter.label() : label;
            }
        }
        try {
            return new Stripped(changed ? JSON.writeValueAsBytes(root) : body, label == null ? IntentMarker.UNKNOWN : label);
        } catch (IOException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }
}

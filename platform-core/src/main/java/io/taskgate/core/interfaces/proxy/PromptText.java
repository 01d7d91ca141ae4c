package io.taskgate.core.interfaces.proxy;

import com.fasterxml.jackson.databind.JsonNode;

/** Extracts the human-readable text of a request: chat message contents, a prompt, or embedding input. */
final class PromptText {

    private PromptText() {
    }

    static String of(JsonNode body) {
        StringBuilder text = new StringBuilder();
        for (JsonNode message : body.path("messages")) {
            appendContent(text, message.path("content"));
        }
        appendStrings(text, body.path("prompt"));
        appendStrings(text, body.path("input"));
        return text.toString();
    }

    private static void appendContent(StringBuilder text, JsonNode content) {
        if (content.isTextual()) {
            line(text, content.asText());
        } else if (content.isArray()) {
            for (JsonNode part : content) {
                if (part.path("text").isTextual()) {
                    line(text, part.path("text").asText());
                }
            }
        }
    }

    private static void appendStrings(StringBuilder text, JsonNode node) {
        if (node.isTextual()) {
            line(text, node.asText());
        } else if (node.isArray()) {
            node.forEach(item -> {
                if (item.isTextual()) {
                    line(text, item.asText());
                }
            });
        }
    }

    private static void line(StringBuilder text, String value) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(value);
    }

    /** Rough token estimate (4 characters a token) for when the upstream reports no usage. */
    static long estimateTokens(String text) {
        return text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }
}

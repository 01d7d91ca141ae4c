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

    /**
     * The text a misuse detector assesses: in a chat, the newest user turn first, then the text of every system,
     * developer and tool message (an injection there is still seen); earlier user turns and the assistant's answers
     * were assessed when they were new, and a conversation sent again is not assessed again. Any other request: its
     * whole text, as {@link #of}.
     */
    static String newTurn(JsonNode body) {
        JsonNode messages = body.path("messages");
        JsonNode newest = null;
        for (JsonNode message : messages) {
            if ("user".equals(message.path("role").asText())) {
                newest = message;
            }
        }
        if (newest == null) {
            return of(body);
        }
        StringBuilder text = new StringBuilder();
        appendContent(text, newest.path("content"));
        for (JsonNode message : messages) {
            String role = message.path("role").asText();
            if (role.equals("system") || role.equals("developer") || role.equals("tool") || role.equals("function")) {
                appendContent(text, message.path("content"));
            }
        }
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

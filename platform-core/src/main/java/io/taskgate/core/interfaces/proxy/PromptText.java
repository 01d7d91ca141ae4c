package io.taskgate.core.interfaces.proxy;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Extracts the human-readable text of a request: chat message contents, a prompt, embedding or moderation input, or
 * a Responses request's instructions and input items (messages, tool outputs). Images and other parts carry no text.
 */
final class PromptText {

    private PromptText() {
    }

    static String of(JsonNode body) {
        StringBuilder text = new StringBuilder();
        appendContent(text, body.path("instructions"));
        for (JsonNode message : body.path("messages")) {
            appendContent(text, message.path("content"));
        }
        appendStrings(text, body.path("prompt"));
        appendInput(text, body.path("input"));
        return text.toString();
    }

    /**
     * The text a misuse detector assesses: in a chat, the newest user turn first, then the text of every system,
     * developer and tool message (an injection there is still seen); earlier user turns and the assistant's answers
     * were assessed when they were new, and a conversation sent again is not assessed again. Any other request: its
     * whole text, as {@link #of}.
     */
    static String newTurn(JsonNode body) {
        JsonNode messages = messages(body);
        JsonNode newest = newestUserMessage(messages);
        if (newest == null) {
            return of(body);
        }
        StringBuilder text = new StringBuilder();
        appendContent(text, newest.path("content"));
        appendContent(text, body.path("instructions"));
        for (JsonNode message : messages) {
            String role = message.path("role").asText();
            if (role.equals("system") || role.equals("developer") || role.equals("tool") || role.equals("function")) {
                appendContent(text, message.path("content"));
            } else if ("function_call_output".equals(message.path("type").asText())) {
                appendContent(text, message.path("output"));
            }
        }
        return text.toString();
    }

    /** The newest user turn alone; {@link #newTurn} where there is none (no chat, or no user message). */
    static String userTurn(JsonNode body) {
        JsonNode newest = newestUserMessage(messages(body));
        if (newest == null) {
            return newTurn(body);
        }
        StringBuilder text = new StringBuilder();
        appendContent(text, newest.path("content"));
        return text.toString();
    }

    /** A chat's messages or a Responses request's input items (a missing node where there are none). */
    private static JsonNode messages(JsonNode body) {
        return body.path("messages").isArray() ? body.path("messages") : body.path("input");
    }

    /** The last message whose role is {@code user}; null when {@code messages} is not an array or has none. */
    private static JsonNode newestUserMessage(JsonNode messages) {
        JsonNode newest = null;
        if (messages.isArray()) {
            for (JsonNode message : messages) {
                if ("user".equals(message.path("role").asText())) {
                    newest = message;
                }
            }
        }
        return newest;
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

    /**
     * Embedding or moderation input (strings; moderation's {@code {"type":"text","text":...}} parts), or a Responses
     * request's input: a string, or items that are messages ({@code content}) or tool outputs ({@code output}).
     */
    private static void appendInput(StringBuilder text, JsonNode input) {
        if (!input.isArray()) {
            appendStrings(text, input);
            return;
        }
        for (JsonNode item : input) {
            if (item.isTextual()) {
                line(text, item.asText());
            } else if (item.has("content")) {
                appendContent(text, item.path("content"));
            } else if (item.path("output").isTextual()) {
                line(text, item.path("output").asText());
            } else if (item.path("text").isTextual()) {
                line(text, item.path("text").asText());
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
}

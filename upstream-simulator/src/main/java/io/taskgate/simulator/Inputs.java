package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code prompt} or {@code input} field: a string, an array of strings, a token array, or an array of
 * token arrays. Token arrays become text {@code "tokens:1,2,3"} for seeding.
 */
final class Inputs {

    final List<String> texts;
    final int tokens;

    private Inputs(List<String> texts, int tokens) {
        this.texts = texts;
        this.tokens = tokens;
    }

    static Inputs parse(JsonNode node, String param) {
        if (node == null || node.isNull()) {
            throw SimulatorException.badRequest("Missing required parameter: '" + param + "'.", param);
        }
        List<String> texts = new ArrayList<>();
        long chars = 0;
        int tokenCount = 0;
        if (node.isTextual()) {
            texts.add(node.textValue());
            chars = node.textValue().length();
        } else if (node.isArray() && !node.isEmpty() && node.get(0).isIntegralNumber()) {
            texts.add(tokenText(node, param));
            tokenCount = node.size();
        } else if (node.isArray() && !node.isEmpty()) {
            for (JsonNode item : node) {
                if (item.isTextual()) {
                    texts.add(item.textValue());
                    chars += item.textValue().length();
                } else if (item.isArray() && !item.isEmpty()) {
                    texts.add(tokenText(item, param));
                    tokenCount += item.size();
                } else if (item.isObject() && item.path("text").isTextual()) {
                    texts.add(item.get("text").textValue());
                    chars += item.get("text").textValue().length();
                } else if (!item.isObject()) {
                    throw invalid(param);
                }
            }
        } else {
            throw invalid(param);
        }
        return new Inputs(List.copyOf(texts), Json.tokensForChars(chars) + tokenCount);
    }

    /** Last text, or empty. */
    String last() {
        return texts.isEmpty() ? "" : texts.get(texts.size() - 1);
    }

    private static String tokenText(JsonNode tokens, String param) {
        StringBuilder sb = new StringBuilder("tokens:");
        for (JsonNode token : tokens) {
            if (!token.isIntegralNumber()) {
                throw invalid(param);
            }
            sb.append(token.asLong()).append(',');
        }
        return sb.toString();
    }

    private static SimulatorException invalid(String param) {
        return SimulatorException.badRequest("'" + param + "' must be a non-empty string, array of strings, "
                + "token array or array of token arrays.", param);
    }
}

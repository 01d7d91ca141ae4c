package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Shared Jackson mapper and small JSON helpers. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN = Long.toHexString(System.nanoTime() & 0xffffffL);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Unique id such as {@code chatcmpl-sim-3f2a1-42}. */
    static String newId(String prefix) {
        return prefix + "-sim-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    static long nowSeconds() {
        return System.currentTimeMillis() / 1000L;
    }

    /** Text of a message content: a string, or the {@code text} parts of a content-part array. */
    static String contentText(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.textValue();
        }
        if (content.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : content) {
                JsonNode text = part.isTextual() ? part : part.get("text");
                if (text != null && text.isTextual()) {
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(text.textValue());
                }
            }
            return sb.toString();
        }
        return "";
    }

    /** OpenAI's rough estimate: one token per four characters, rounded up. */
    static int tokensForChars(long chars) {
        return (int) ((chars + 3) / 4);
    }

    static ObjectNode usage(int promptTokens, int completionTokens) {
        ObjectNode usage = object();
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return usage;
    }
}

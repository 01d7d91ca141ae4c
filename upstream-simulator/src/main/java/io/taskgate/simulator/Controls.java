package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Control tokens such as {@code [sim:status=429]} found in any string of a request body.
 * When a token appears several times, the last occurrence wins.
 */
final class Controls {

    static final String STATUS = "status";
    static final String RETRY_AFTER = "retry-after";
    static final String DELAY_MS = "delay-ms";
    static final String CHUNK_DELAY_MS = "chunk-delay-ms";
    static final String WORDS = "words";
    static final String TRUNCATE = "truncate";

    static final Controls NONE = new Controls(Map.of());

    private static final Pattern TOKEN = Pattern.compile("\\[sim:([a-z-]+)=(\\d{1,9})]");
    private static final long MAX_DELAY_MS = 600_000L;

    private final Map<String, Long> values;

    private Controls(Map<String, Long> values) {
        this.values = values;
    }

    /** Scans every textual value of the JSON tree. */
    static Controls scan(JsonNode root) {
        Map<String, Long> found = new HashMap<>();
        collect(root, found);
        return found.isEmpty() ? NONE : new Controls(found);
    }

    private static void collect(JsonNode node, Map<String, Long> found) {
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.indexOf("[sim:") >= 0) {
                Matcher m = TOKEN.matcher(text);
                while (m.find()) {
                    found.put(m.group(1), Long.parseLong(m.group(2)));
                }
            }
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                collect(child, found);
            }
        }
    }

    /** Value of a token, or {@code defaultValue} when absent. */
    long get(String name, long defaultValue) {
        Long value = values.get(name);
        return value == null ? defaultValue : value;
    }

    /** Applies {@code delay-ms} and {@code status}/{@code retry-after}; called before any response header. */
    void applyBeforeResponse() {
        sleep(get(DELAY_MS, 0));
        long status = get(STATUS, 0);
        if (status >= 400 && status <= 599) {
            throw SimulatorException.simulated((int) status, get(RETRY_AFTER, -1));
        }
    }

    /**
     * How much of the answer stays whole before {@code [sim:truncate=N]} cuts it: N bytes of a plain JSON answer,
     * or N stream events; -1 when the answer is not cut.
     */
    long truncateAfter() {
        return get(TRUNCATE, -1);
    }

    long chunkDelayMs() {
        return Math.min(get(CHUNK_DELAY_MS, 0), MAX_DELAY_MS);
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(millis, MAX_DELAY_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

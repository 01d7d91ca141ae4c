package io.taskgate.api.pipeline;

/** Token usage of one exchange, as reported by the upstream (or estimated where it reported none). */
public record Usage(long promptTokens, long completionTokens, boolean estimated) {

    public static final Usage NONE = new Usage(0, 0, false);

    public Usage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("Token counts cannot be negative");
        }
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}

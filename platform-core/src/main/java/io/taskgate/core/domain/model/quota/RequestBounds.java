package io.taskgate.core.domain.model.quota;

/**
 * The most one request can cost: prompt tokens (an upper bound), completion tokens (its max_tokens, the
 * member's cap or the gateway's default) and their price in micro-USD, with the model it is charged to.
 * {@code metered} is false for calls that use no tokens (the model list).
 */
public record RequestBounds(String model, long promptTokens, long completionTokens, long usdMicros,
                            boolean streaming, boolean metered) {

    public RequestBounds {
        model = model == null ? "" : model;
        if (promptTokens < 0 || completionTokens < 0 || usdMicros < 0) {
            throw new IllegalArgumentException("Bounds cannot be negative");
        }
    }

    public long tokens() {
        return promptTokens + completionTokens;
    }
}

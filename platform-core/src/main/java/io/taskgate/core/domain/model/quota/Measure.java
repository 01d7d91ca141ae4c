package io.taskgate.core.domain.model.quota;

/**
 * What a counter counts, which decides what a refusal is called and what settlement charges in place of the
 * reservation: tokens and USD (in micro-dollars) are replaced by the reported usage, a request stays counted,
 * and a stream slot is given back.
 */
public enum Measure {
    /** Tokens, prompt plus completion; a quota over a calendar period. */
    TOKENS("quota_exceeded"),
    /** Tokens within one minute for one model: a rate. */
    TOKENS_PER_MINUTE("rate_limited"),
    /** Cost in micro-USD (1e-6 USD). */
    USD_MICROS("quota_exceeded"),
    /** One per request. */
    REQUESTS("rate_limited"),
    /** One per open stream, released when the stream ends. */
    STREAM_SLOTS("rate_limited");

    private final String refusalCode;

    Measure(String refusalCode) {
        this.refusalCode = refusalCode;
    }

    /** The OpenAI-style error code a refusal on this measure carries. */
    public String refusalCode() {
        return refusalCode;
    }

    /** What settlement charges for this measure, given what the exchange actually used and what was reserved. */
    public long actual(ActualUsage usage, long reserved) {
        return switch (this) {
            case TOKENS, TOKENS_PER_MINUTE -> usage.tokens().orElse(reserved);
            case USD_MICROS -> usage.usdMicros().orElse(reserved);
            case REQUESTS -> reserved;
            case STREAM_SLOTS -> 0;
        };
    }
}

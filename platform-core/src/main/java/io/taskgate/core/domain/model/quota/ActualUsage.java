package io.taskgate.core.domain.model.quota;

import java.util.OptionalLong;

/**
 * What an exchange really used, for settlement. An empty figure means "not known" (e.g. the upstream answered
 * 200 without usage): settlement then keeps the reserved amount, the honest upper bound.
 */
public record ActualUsage(OptionalLong tokens, OptionalLong usdMicros) {

    /** Nothing was used: the upstream was never called, or failed without producing an answer. */
    public static final ActualUsage NOTHING = new ActualUsage(OptionalLong.of(0), OptionalLong.of(0));

    /** Usage unknown: charge what was reserved. */
    public static final ActualUsage UNKNOWN = new ActualUsage(OptionalLong.empty(), OptionalLong.empty());

    public static ActualUsage of(long tokens, long usdMicros) {
        return new ActualUsage(OptionalLong.of(tokens), OptionalLong.of(usdMicros));
    }
}

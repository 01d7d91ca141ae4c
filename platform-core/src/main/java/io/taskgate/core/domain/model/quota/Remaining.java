package io.taskgate.core.domain.model.quota;

import java.util.Map;
import java.util.OptionalLong;

/** What is left of each limited counter after an admission or a settlement, by metric; {@link #NONE} when unknown. */
public record Remaining(Map<String, Long> byMetric) {

    public static final Remaining NONE = new Remaining(Map.of());

    public Remaining {
        byMetric = Map.copyOf(byMetric);
    }

    /** Tokens left before a daily or monthly quota refuses, the smaller of the two. */
    public OptionalLong tokens() {
        return min(byMetric.get(QuotaPlan.TOKENS_DAY), byMetric.get(QuotaPlan.TOKENS_MONTH));
    }

    /** Requests left in this minute. */
    public OptionalLong requests() {
        return min(byMetric.get(QuotaPlan.REQUESTS_MINUTE), null);
    }

    /** Tokens left in this minute for the model of the request. */
    public OptionalLong tokensThisMinute() {
        return byMetric.entrySet().stream().filter(e -> e.getKey().startsWith(QuotaPlan.TOKENS_MINUTE_PREFIX))
                .mapToLong(Map.Entry::getValue).min();
    }

    private static OptionalLong min(Long a, Long b) {
        if (a == null && b == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.min(a == null ? Long.MAX_VALUE : a, b == null ? Long.MAX_VALUE : b));
    }
}

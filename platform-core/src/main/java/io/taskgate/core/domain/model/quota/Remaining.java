package io.taskgate.core.domain.model.quota;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/** What is left of each limited counter after an admission or a settlement, by metric; {@link #NONE} when unknown. */
public record Remaining(Map<String, Long> byMetric) {

    public static final Remaining NONE = new Remaining(Map.of());

    public Remaining {
        byMetric = Map.copyOf(byMetric);
    }

    /** Tokens left before a daily or monthly quota refuses, the member's or the task's, whichever is smallest. */
    public OptionalLong tokens() {
        return smallest(QuotaPlan.TOKENS_DAY, QuotaPlan.TOKENS_MONTH, QuotaPlan.TASK_TOKENS_DAY,
                QuotaPlan.TASK_TOKENS_MONTH);
    }

    /** Requests left in this minute. */
    public OptionalLong requests() {
        return smallest(QuotaPlan.REQUESTS_MINUTE);
    }

    /** Tokens left in this minute for the model of the request. */
    public OptionalLong tokensThisMinute() {
        return byMetric.entrySet().stream().filter(e -> e.getKey().startsWith(QuotaPlan.TOKENS_MINUTE_PREFIX))
                .mapToLong(Map.Entry::getValue).min();
    }

    private OptionalLong smallest(String... metrics) {
        return Arrays.stream(metrics).map(byMetric::get).filter(Objects::nonNull).mapToLong(Long::longValue).min();
    }
}

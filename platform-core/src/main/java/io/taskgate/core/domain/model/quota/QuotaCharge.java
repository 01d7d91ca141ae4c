package io.taskgate.core.domain.model.quota;

import java.util.Objects;

/**
 * One counter a request is charged on: its metric (e.g. {@code tokens:day}, {@code usd:week},
 * {@code requests:minute}, {@code tokens:minute:gpt-4o-mini}, {@code streams}), the window it counts in, the
 * amount to reserve and the limit the counter may not pass.
 */
public record QuotaCharge(String metric, Measure measure, QuotaWindow window, long amount, long limit) {

    public QuotaCharge {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(window, "window");
        if (amount < 0 || limit < 0) {
            throw new IllegalArgumentException("Amount and limit cannot be negative: " + metric);
        }
    }

    /** Sort key: counters are always locked in this order, so concurrent admissions cannot deadlock. */
    public String lockKey() {
        return metric + '@' + window.start().getEpochSecond();
    }

    /** Whether this charge can never fit, even into an empty window. */
    public boolean exceedsLimitOnItsOwn() {
        return amount > limit;
    }
}

package io.taskgate.core.domain.model.quota;

import java.util.Objects;

/**
 * One counter a request is charged on: whose counter it is ({@link #MEMBER}, the requesting member's own, or a
 * shared one such as {@code task:etl}), its metric (e.g. {@code tokens:day}, {@code usd:week},
 * {@code requests:minute}, {@code tokens:minute:gpt-4o-mini}, {@code streams}, {@code task-tokens:day}), the
 * window it counts in, the amount to reserve and the limit the counter may not pass.
 */
public record QuotaCharge(String owner, String metric, Measure measure, QuotaWindow window, long amount, long limit) {

    /** Owner of a member's own counters: the member the reservation is for. */
    public static final String MEMBER = "";
    /** Prefix of the owner key of a task's shared counters. */
    public static final String TASK_OWNER_PREFIX = "task:";

    public QuotaCharge {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(window, "window");
        if (amount < 0 || limit < 0) {
            throw new IllegalArgumentException("Amount and limit cannot be negative: " + metric);
        }
    }

    /** A charge on the requesting member's own counter. */
    public QuotaCharge(String metric, Measure measure, QuotaWindow window, long amount, long limit) {
        this(MEMBER, metric, measure, window, amount, limit);
    }

    /** The key the counter is stored under: the member's own key, or the shared owner's. */
    public String counterKey(String memberKey) {
        return owner.isEmpty() ? memberKey : owner;
    }

    /** Whether the counter is a task's, shared by everyone working on it. */
    public boolean sharedByTask() {
        return owner.startsWith(TASK_OWNER_PREFIX);
    }

    /** Sort key: counters are always locked in this order, so concurrent admissions cannot deadlock. */
    public String lockKey() {
        return owner + '|' + metric + '@' + window.start().getEpochSecond();
    }

    /** Whether this charge can never fit, even into an empty window. */
    public boolean exceedsLimitOnItsOwn() {
        return amount > limit;
    }
}

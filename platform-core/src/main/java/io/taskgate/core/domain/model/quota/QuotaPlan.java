package io.taskgate.core.domain.model.quota;

import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.task.TaskQuota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a member's limits, the task's own quota and a request's bounds into the counters to charge, each in its
 * current window. A task's counters are shared by everyone working on it.
 */
public final class QuotaPlan {

    public static final String TOKENS_DAY = "tokens:day";
    public static final String TOKENS_MONTH = "tokens:month";
    public static final String REQUESTS_MINUTE = "requests:minute";
    public static final String TOKENS_MINUTE_PREFIX = "tokens:minute:";
    public static final String STREAMS = "streams";
    public static final String USD_PREFIX = "usd:";
    /** A task's shared counters carry the member metric names behind this prefix, e.g. {@code task-tokens:day}. */
    public static final String TASK_PREFIX = "task-";
    public static final String TASK_TOKENS_DAY = TASK_PREFIX + TOKENS_DAY;
    public static final String TASK_TOKENS_MONTH = TASK_PREFIX + TOKENS_MONTH;
    private static final int MAX_MODEL_IN_METRIC = 150;

    private QuotaPlan() {
    }

    /**
     * The reservation for one request. Concurrent streams are counted in hourly rows: a slot leaked by a crashed
     * instance is gone within the hour, at the price that streams spanning an hour boundary are not counted
     * against the next hour's cap.
     */
    public static ReservationRequest of(String memberKey, MemberLimits limits, RequestBounds bounds, ZoneId zone,
                                        Instant now) {
        return of(memberKey, limits, "", TaskQuota.NONE, bounds, zone, now);
    }

    /** The reservation for one request on the member's own counters and on the task's shared ones. */
    public static ReservationRequest of(String memberKey, MemberLimits limits, String taskId, TaskQuota task,
                                        RequestBounds bounds, ZoneId zone, Instant now) {
        List<QuotaCharge> charges = new ArrayList<>();
        if (limits.requestsPerMinute() != null) {
            charges.add(new QuotaCharge(REQUESTS_MINUTE, Measure.REQUESTS, window(BudgetPeriod.MINUTE, zone, now), 1,
                    limits.requestsPerMinute()));
        }
        if (limits.maxConcurrentStreams() != null && bounds.streaming()) {
            charges.add(new QuotaCharge(STREAMS, Measure.STREAM_SLOTS, window(BudgetPeriod.HOUR, zone, now), 1,
                    limits.maxConcurrentStreams()));
        }
        if (bounds.metered()) {
            spending(charges, QuotaCharge.MEMBER, "", limits.dailyTokens(), limits.monthlyTokens(),
                    limits.budgetUsd(), limits.budgetPeriod(), bounds, zone, now);
            if (!task.isNone()) {
                spending(charges, QuotaCharge.TASK_OWNER_PREFIX + taskId, TASK_PREFIX, task.dailyTokens(),
                        task.monthlyTokens(), task.budgetUsd(), task.budgetPeriod(), bounds, zone, now);
            }
            if (limits.tokensPerMinute() != null) {
                charges.add(new QuotaCharge(TOKENS_MINUTE_PREFIX + modelKey(bounds.model()), Measure.TOKENS_PER_MINUTE,
                        window(BudgetPeriod.MINUTE, zone, now), bounds.tokens(), limits.tokensPerMinute()));
            }
        }
        return new ReservationRequest(memberKey, charges);
    }

    /**
     * The daily and monthly token quotas and the USD budget of one owner (the member, or a task shared by its
     * members), charged on that owner's counters under metric names that start with {@code prefix}.
     */
    private static void spending(List<QuotaCharge> charges, String owner, String prefix, Long dailyTokens,
                                 Long monthlyTokens, BigDecimal budgetUsd, BudgetPeriod budgetPeriod,
                                 RequestBounds bounds, ZoneId zone, Instant now) {
        if (dailyTokens != null) {
            charges.add(new QuotaCharge(owner, prefix + TOKENS_DAY, Measure.TOKENS, window(BudgetPeriod.DAY, zone, now),
                    bounds.tokens(), dailyTokens));
        }
        if (monthlyTokens != null) {
            charges.add(new QuotaCharge(owner, prefix + TOKENS_MONTH, Measure.TOKENS,
                    window(BudgetPeriod.MONTH, zone, now), bounds.tokens(), monthlyTokens));
        }
        if (budgetUsd != null) {
            charges.add(new QuotaCharge(owner, prefix + USD_PREFIX + budgetPeriod.name().toLowerCase(Locale.ROOT),
                    Measure.USD_MICROS, window(budgetPeriod, zone, now), bounds.usdMicros(),
                    micros(budgetUsd, RoundingMode.FLOOR)));
        }
    }

    /** USD as whole micro-dollars, rounded the given way (budgets down, cost bounds up). */
    public static long micros(BigDecimal usd, RoundingMode rounding) {
        return usd.movePointRight(6).setScale(0, rounding).longValueExact();
    }

    private static QuotaWindow window(BudgetPeriod period, ZoneId zone, Instant now) {
        return QuotaWindow.of(period, zone, now);
    }

    private static String modelKey(String model) {
        String key = model.isBlank() ? "unknown" : model;
        return key.length() > MAX_MODEL_IN_METRIC ? key.substring(0, MAX_MODEL_IN_METRIC) : key;
    }
}

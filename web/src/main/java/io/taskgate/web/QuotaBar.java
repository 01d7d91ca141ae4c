package io.taskgate.web;

import io.taskgate.api.admin.MemberLimitsView;
import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.UsageTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** One limit against what was used of it: the member's limits (from the core) against usage in the same period. */
public record QuotaBar(String label, String used, String limit, String remaining, int percent, String resets) {

    public QuotaBar(String label, String used, String limit, String remaining, int percent) {
        this(label, used, limit, remaining, percent, null);
    }

    /** This bar with when its period resets, in words (e.g. "resets at 00:00 on Sun 6 Dec 2026, Europe/Berlin time"). */
    public QuotaBar resetting(String when) {
        return new QuotaBar(label, used, limit, remaining, percent, when);
    }

    /** The period this bar counts in: DAY, WEEK or MONTH. */
    public String period() {
        if (label.endsWith("today") || label.endsWith("per day")) {
            return "DAY";
        }
        return label.endsWith("per week") ? "WEEK" : "MONTH";
    }

    public boolean isExceeded() {
        return percent >= 100;
    }

    /** Used of the limit and what is left, in words. */
    public String getText() {
        return used + " of " + limit + " used, " + remaining + " left" + (resets == null ? "" : "; " + resets);
    }

    public String getLabel() {
        return label;
    }

    public int getPercent() {
        return percent;
    }

    private static final UsageTotals NOTHING = new UsageTotals(0, 0, 0, BigDecimal.ZERO);

    /**
     * Bars for the token and budget limits a period total can show: daily tokens (today), monthly tokens (this month),
     * budget for DAY/WEEK/MONTH (a budget without a period draws no bar). {@code usage} may be null: nothing used.
     */
    public static List<QuotaBar> of(MemberLimitsView limits, PeriodTotals usage) {
        List<QuotaBar> bars = new ArrayList<>();
        if (limits == null) {
            return bars;
        }
        UsageTotals today = usage == null || usage.today() == null ? NOTHING : usage.today();
        UsageTotals week = usage == null || usage.week() == null ? NOTHING : usage.week();
        UsageTotals month = usage == null || usage.month() == null ? NOTHING : usage.month();
        tokens(bars, "Tokens today", limits.dailyTokens(), today.tokens());
        tokens(bars, "Tokens this month", limits.monthlyTokens(), month.tokens());
        BigDecimal limit = limits.budgetUsd();
        if (limit != null) {
            String period = String.valueOf(limits.budgetPeriod());
            UsageTotals spent = switch (period) {
                case "DAY" -> today;
                case "WEEK" -> week;
                case "MONTH" -> month;
                default -> null;
            };
            if (spent != null) {
                BigDecimal used = spent.costUsd() == null ? BigDecimal.ZERO : spent.costUsd();
                int percent = limit.signum() == 0 ? 100 : used.multiply(BigDecimal.valueOf(100))
                        .divide(limit, 0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)).intValue();
                bars.add(new QuotaBar("Budget per " + period.toLowerCase(), Money.format(used),
                        Money.format(limit),
                        Money.format(limit.subtract(used).max(BigDecimal.ZERO)), percent));
            }
        }
        return bars;
    }

    private static void tokens(List<QuotaBar> bars, String label, Long limit, long spent) {
        if (limit == null) {
            return;
        }
        long max = limit;
        int percent = max <= 0 ? 100 : (int) Math.min(100, spent * 100 / max);
        bars.add(new QuotaBar(label, String.format("%,d", spent), String.format("%,d", max),
                String.format("%,d", Math.max(0, max - spent)), percent));
    }
}

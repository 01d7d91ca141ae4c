package io.taskgate.core.application.admin;

import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.UsageTotals;
import io.taskgate.core.domain.model.usage.UsageHistory.UsageFact;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.function.Predicate;

/** Today, this week (from Monday) and this month in a tenant's time zone, and the totals of usage facts in each. */
public record UsagePeriods(Instant today, Instant week, Instant month) {

    private static final UsageReport.Row ZERO = new UsageReport.Row("", 0, 0, 0, 0, BigDecimal.ZERO);

    public static UsagePeriods of(ZoneId zone, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return new UsagePeriods(day.atStartOfDay(zone).toInstant(),
                day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant(),
                day.withDayOfMonth(1).atStartOfDay(zone).toInstant());
    }

    /** Where facts must start so that every period is covered. */
    public Instant earliest() {
        return week.isBefore(month) ? week : month;
    }

    /** The totals today, this week and this month of the facts that pass the filter. */
    public PeriodTotals totals(Collection<UsageFact> facts, Predicate<UsageFact> filter) {
        UsageReport.Row t = ZERO;
        UsageReport.Row w = ZERO;
        UsageReport.Row m = ZERO;
        for (UsageFact f : facts) {
            if (!filter.test(f)) {
                continue;
            }
            t = f.at().isBefore(today) ? t : t.plus(f);
            w = f.at().isBefore(week) ? w : w.plus(f);
            m = f.at().isBefore(month) ? m : m.plus(f);
        }
        return new PeriodTotals(view(t), view(w), view(m));
    }

    private static UsageTotals view(UsageReport.Row totals) {
        return new UsageTotals(totals.requests(), totals.refused(), totals.totalTokens(), totals.costUsd());
    }
}

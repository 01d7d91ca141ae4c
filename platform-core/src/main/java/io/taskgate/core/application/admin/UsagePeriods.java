package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.usage.UsageHistory.UsageFact;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** {"today":{...},"week":{...},"month":{...}} of the facts that pass the filter. */
    public Map<String, Object> totals(Collection<UsageFact> facts, Predicate<UsageFact> filter) {
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
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("today", view(t));
        view.put("week", view(w));
        view.put("month", view(m));
        return view;
    }

    private static Map<String, Object> view(UsageReport.Row totals) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("requests", totals.requests());
        view.put("refused", totals.refused());
        view.put("tokens", totals.totalTokens());
        view.put("costUsd", totals.costUsd());
        return view;
    }
}

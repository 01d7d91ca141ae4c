package io.taskgate.core.application.admin;

import io.taskgate.core.infrastructure.persistence.UsageQueries.UsageFact;

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

    /** Totals of one period. */
    public record Totals(long requests, long refused, long tokens, BigDecimal costUsd) {

        static final Totals ZERO = new Totals(0, 0, 0, BigDecimal.ZERO);

        Totals plus(UsageFact f) {
            return new Totals(requests + 1, refused + (f.status() >= 400 ? 1 : 0),
                    tokens + f.promptTokens() + f.completionTokens(),
                    costUsd.add(f.costUsd() == null ? BigDecimal.ZERO : f.costUsd()));
        }

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("requests", requests);
            view.put("refused", refused);
            view.put("tokens", tokens);
            view.put("costUsd", costUsd);
            return view;
        }
    }

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
        Totals t = Totals.ZERO;
        Totals w = Totals.ZERO;
        Totals m = Totals.ZERO;
        for (UsageFact f : facts) {
            if (!filter.test(f)) {
                continue;
            }
            t = f.at().isBefore(today) ? t : t.plus(f);
            w = f.at().isBefore(week) ? w : w.plus(f);
            m = f.at().isBefore(month) ? m : m.plus(f);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("today", t.view());
        view.put("week", w.view());
        view.put("month", m.view());
        return view;
    }
}

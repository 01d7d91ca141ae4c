package io.taskgate.core.domain.model.quota;

import io.taskgate.core.domain.model.member.BudgetPeriod;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One calendar window of a limit: from {@code start} (inclusive) to {@code end} (exclusive), cut at the period's
 * boundaries in the tenant's time zone. Days start at local midnight (or the first instant of the day where a DST
 * gap swallows midnight), ISO weeks on Monday, months on the 1st. Nothing carries over from one window to the next.
 */
public record QuotaWindow(Instant start, Instant end) {

    public QuotaWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A window must end after it starts: " + start + " .. " + end);
        }
    }

    /** The window of {@code period} that contains {@code now} in {@code zone}. */
    public static QuotaWindow of(BudgetPeriod period, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime start = switch (period) {
            case MINUTE -> local.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay(zone);
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
        };
        ZonedDateTime end = switch (period) {
            case MINUTE -> start.plusMinutes(1);
            case HOUR -> start.plusHours(1);
            case DAY -> start.toLocalDate().plusDays(1).atStartOfDay(zone);
            case WEEK -> start.toLocalDate().plusWeeks(1).atStartOfDay(zone);
            case MONTH -> start.toLocalDate().plusMonths(1).atStartOfDay(zone);
        };
        return new QuotaWindow(start.toInstant(), end.toInstant());
    }

    /** Whole seconds from {@code now} until the window resets, at least 1 (for {@code Retry-After}). */
    public long secondsUntilReset(Instant now) {
        long millis = Duration.between(now, end).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}

package io.taskgate.core.domain.model.quota;

import io.taskgate.core.domain.model.member.BudgetPeriod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaWindowTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aDayStartsAtMidnightInTheTenantsZoneNotInUtc() {
        // 2026-03-10 03:30 UTC is still 2026-03-09 in New York (UTC-4 after the DST change of 8 March)
        QuotaWindow day = QuotaWindow.of(BudgetPeriod.DAY, NEW_YORK, Instant.parse("2026-03-10T03:30:00Z"));
        assertEquals(Instant.parse("2026-03-09T04:00:00Z"), day.start());
        assertEquals(Instant.parse("2026-03-10T04:00:00Z"), day.end());
    }

    @Test
    void theDayOfASpringDstChangeHas23Hours() {
        QuotaWindow day = QuotaWindow.of(BudgetPeriod.DAY, NEW_YORK, Instant.parse("2026-03-08T12:00:00Z"));
        assertEquals(Instant.parse("2026-03-08T05:00:00Z"), day.start());
        assertEquals(Instant.parse("2026-03-09T04:00:00Z"), day.end());
    }

    @Test
    void isoWeeksStartOnMonday() {
        // Sunday 2026-03-15 23:59 in Berlin belongs to the week of Monday 2026-03-09
        QuotaWindow week = QuotaWindow.of(BudgetPeriod.WEEK, BERLIN, Instant.parse("2026-03-15T22:59:00Z"));
        assertEquals(Instant.parse("2026-03-08T23:00:00Z"), week.start());
        assertEquals(Instant.parse("2026-03-15T23:00:00Z"), week.end());
        QuotaWindow next = QuotaWindow.of(BudgetPeriod.WEEK, BERLIN, Instant.parse("2026-03-15T23:00:00Z"));
        assertEquals(week.end(), next.start());
    }

    @Test
    void monthsStartOnTheFirstAndHaveTheirOwnLength() {
        QuotaWindow february = QuotaWindow.of(BudgetPeriod.MONTH, BERLIN, Instant.parse("2026-02-14T10:00:00Z"));
        assertEquals(Instant.parse("2026-01-31T23:00:00Z"), february.start());
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), february.end());
    }

    @Test
    void minutesAndHoursAreCutAtTheirBoundaries() {
        Instant now = Instant.parse("2026-05-05T10:17:42.500Z");
        QuotaWindow minute = QuotaWindow.of(BudgetPeriod.MINUTE, BERLIN, now);
        assertEquals(Instant.parse("2026-05-05T10:17:00Z"), minute.start());
        assertEquals(Instant.parse("2026-05-05T10:18:00Z"), minute.end());
        assertEquals(18, minute.secondsUntilReset(now));
        QuotaWindow hour = QuotaWindow.of(BudgetPeriod.HOUR, ZoneId.of("Asia/Kolkata"), now);
        assertEquals(Instant.parse("2026-05-05T09:30:00Z"), hour.start()); // UTC+5:30: the hour starts at :30 UTC
    }

    @Test
    void retryAfterIsAtLeastOneSecondAndRoundsUp() {
        QuotaWindow minute = QuotaWindow.of(BudgetPeriod.MINUTE, BERLIN, Instant.parse("2026-05-05T10:17:59.999Z"));
        assertEquals(1, minute.secondsUntilReset(Instant.parse("2026-05-05T10:17:59.999Z")));
        assertEquals(60, minute.secondsUntilReset(Instant.parse("2026-05-05T10:17:00Z")));
        assertTrue(minute.contains(Instant.parse("2026-05-05T10:17:00Z")));
        assertFalse(minute.contains(Instant.parse("2026-05-05T10:18:00Z")));
    }
}

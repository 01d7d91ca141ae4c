package io.taskgate.core.application.admin;

import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.UsageTotals;
import io.taskgate.core.domain.model.usage.UsageHistory.UsageFact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsagePeriodsTest {

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland"); // UTC+13 in December
    /** Monday 30 November 2026, 20:00 UTC: already Tuesday 1 December 09:00 in Auckland. */
    static final Instant NOW = Instant.parse("2026-11-30T20:00:00Z");

    static UsageFact fact(String at, String user, int status, long prompt, long completion, String cost) {
        return new UsageFact(Instant.parse(at), user, "acme-docs", status, prompt, completion,
                cost == null ? null : new BigDecimal(cost));
    }

    @Test
    void todayThisWeekAndThisMonthStartAtMidnightInTheTenantsZoneNotInUtc() {
        UsagePeriods auckland = UsagePeriods.of(AUCKLAND, NOW);
        assertEquals(Instant.parse("2026-11-30T11:00:00Z"), auckland.today(), "Tuesday 1 December, 00:00 +13");
        assertEquals(Instant.parse("2026-11-29T11:00:00Z"), auckland.week(), "Monday 30 November, 00:00 +13");
        assertEquals(Instant.parse("2026-11-30T11:00:00Z"), auckland.month(), "1 December, 00:00 +13");

        UsagePeriods utc = UsagePeriods.of(ZoneOffset.UTC, NOW);
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), utc.today());
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), utc.week(), "a Monday starts its own week");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), utc.month());
    }

    @Test
    void theEarliestInstantCoversWhicheverOfWeekAndMonthStartedFirst() {
        assertEquals(Instant.parse("2026-11-29T11:00:00Z"), UsagePeriods.of(AUCKLAND, NOW).earliest(),
                "the week began in the previous month");
        UsagePeriods midMonth = UsagePeriods.of(ZoneId.of("Europe/Berlin"), Instant.parse("2026-12-16T12:00:00Z"));
        assertEquals(Instant.parse("2026-12-13T23:00:00Z"), midMonth.week());
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), midMonth.month());
        assertEquals(midMonth.month(), midMonth.earliest());
    }

    @Test
    void aPeriodStartsAtTheFirstDayOfTheWeekAfterASummerTimeChange() {
        // Sunday 29 March 2026: Berlin moves to +02:00; the week still began on Monday 23 March at 00:00 +01:00
        UsagePeriods berlin = UsagePeriods.of(ZoneId.of("Europe/Berlin"), Instant.parse("2026-03-29T12:00:00Z"));
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), berlin.today());
        assertEquals(Instant.parse("2026-03-22T23:00:00Z"), berlin.week());
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), berlin.month());
    }

    @Test
    void totalsCountEachFactInEveryPeriodItFallsInAndSkipWhatTheFilterDrops() {
        UsagePeriods periods = UsagePeriods.of(AUCKLAND, NOW);
        List<UsageFact> facts = List.of(
                fact("2026-11-30T11:00:00Z", "dave", 200, 100, 50, "0.10"),   // exactly at today's start
                fact("2026-11-30T19:00:00Z", "dave", 429, 0, 0, null),       // refused today, no cost
                fact("2026-11-30T10:30:00Z", "dave", 200, 1000, 0, "1.00"),  // Monday 23:30 local: this week only
                fact("2026-11-29T10:00:00Z", "dave", 200, 7, 7, "9.99"),     // Sunday local: last week, last month
                fact("2026-11-30T12:00:00Z", "erin", 200, 5000, 5000, "5.00")); // someone else
        PeriodTotals totals = periods.totals(facts, f -> "dave".equals(f.username()));
        assertEquals(new UsageTotals(2, 1, 150, new BigDecimal("0.10")), totals.today());
        assertEquals(new UsageTotals(3, 1, 1150, new BigDecimal("1.10")), totals.week());
        assertEquals(new UsageTotals(2, 1, 150, new BigDecimal("0.10")), totals.month());
    }

    @Test
    void noFactsGiveZeroTotalsInEveryPeriod() {
        UsageTotals zero = new UsageTotals(0, 0, 0, BigDecimal.ZERO);
        assertEquals(new PeriodTotals(zero, zero, zero), UsagePeriods.of(AUCKLAND, NOW).totals(List.of(), f -> true));
        assertEquals(new PeriodTotals(zero, zero, zero), UsagePeriods.of(AUCKLAND, NOW)
                .totals(List.of(fact("2026-11-30T12:00:00Z", "dave", 200, 1, 1, "1")), f -> false));
    }
}

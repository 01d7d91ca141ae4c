package io.taskgate.web;

import io.taskgate.api.admin.MemberLimitsView;
import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.UsageTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaBarTest {

    static PeriodTotals usage(long todayTokens, String weekCost, long monthTokens) {
        return new PeriodTotals(new UsageTotals(1, 0, todayTokens, BigDecimal.ZERO),
                new UsageTotals(1, 0, 0, new BigDecimal(weekCost)), new UsageTotals(1, 0, monthTokens, BigDecimal.ZERO));
    }

    static MemberLimitsView limits(Long daily, Long monthly, BigDecimal budget, String period) {
        return new MemberLimitsView(daily, monthly, budget, period, null, null, null, null);
    }

    @Test
    void dailyTokensAreMeasuredAgainstTodayAndMonthlyAgainstThisMonth() {
        List<QuotaBar> bars = QuotaBar.of(limits(1000L, 10_000L, null, null), usage(250, "0", 5000));
        assertEquals(2, bars.size());
        assertEquals("Tokens today", bars.get(0).getLabel());
        assertEquals(25, bars.get(0).getPercent());
        assertEquals("250 of 1,000 used, 750 left", bars.get(0).getText());
        assertEquals(50, bars.get(1).getPercent());
    }

    @Test
    void aBudgetIsMeasuredAgainstTheCostOfItsOwnPeriod() {
        QuotaBar bar = QuotaBar.of(limits(null, null, new BigDecimal("2"), "WEEK"), usage(0, "0.5", 0)).get(0);
        assertEquals("Budget per week", bar.getLabel());
        assertEquals(25, bar.getPercent());
    }

    @Test
    void anOverspentLimitIsCappedAtAFullBarAndMarkedExceeded() {
        QuotaBar bar = QuotaBar.of(limits(100L, null, null, null), usage(150, "0", 150)).get(0);
        assertEquals(100, bar.getPercent());
        assertTrue(bar.isExceeded());
        assertTrue(bar.getText().endsWith("0 left"));
    }

    @Test
    void noLimitsMeanNoBarsAndMinuteBudgetsAreNotDrawn() {
        assertTrue(QuotaBar.of(limits(null, null, null, null), usage(1, "0", 1)).isEmpty());
        assertTrue(QuotaBar.of(null, null).isEmpty());
        assertTrue(QuotaBar.of(limits(null, null, BigDecimal.ONE, "MINUTE"), usage(1, "0", 1)).isEmpty());
        assertFalse(QuotaBar.of(limits(5L, null, null, null), null).get(0).isExceeded());
    }
}

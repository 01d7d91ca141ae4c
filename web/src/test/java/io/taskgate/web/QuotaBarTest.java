package io.taskgate.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaBarTest {

    static Map<String, Object> usage(long todayTokens, String weekCost, long monthTokens) {
        return Map.of("today", Map.of("tokens", todayTokens, "costUsd", new BigDecimal("0")),
                "week", Map.of("tokens", 0L, "costUsd", new BigDecimal(weekCost)),
                "month", Map.of("tokens", monthTokens, "costUsd", new BigDecimal("0")));
    }

    @Test
    void dailyTokensAreMeasuredAgainstTodayAndMonthlyAgainstThisMonth() {
        Map<String, Object> limits = new HashMap<>();
        limits.put("dailyTokens", 1000L);
        limits.put("monthlyTokens", 10_000L);
        List<QuotaBar> bars = QuotaBar.of(limits, usage(250, "0", 5000));
        assertEquals(2, bars.size());
        assertEquals("Tokens today", bars.get(0).getLabel());
        assertEquals(25, bars.get(0).getPercent());
        assertEquals("250 of 1,000 used, 750 left", bars.get(0).getText());
        assertEquals(50, bars.get(1).getPercent());
    }

    @Test
    void aBudgetIsMeasuredAgainstTheCostOfItsOwnPeriod() {
        Map<String, Object> limits = new HashMap<>();
        limits.put("budgetUsd", new BigDecimal("2"));
        limits.put("budgetPeriod", "WEEK");
        QuotaBar bar = QuotaBar.of(limits, usage(0, "0.5", 0)).get(0);
        assertEquals("Budget per week", bar.getLabel());
        assertEquals(25, bar.getPercent());
    }

    @Test
    void anOverspentLimitIsCappedAtAFullBarAndMarkedExceeded() {
        QuotaBar bar = QuotaBar.of(Map.of("dailyTokens", 100L), usage(150, "0", 150)).get(0);
        assertEquals(100, bar.getPercent());
        assertTrue(bar.isExceeded());
        assertTrue(bar.getText().endsWith("0 left"));
    }

    @Test
    void noLimitsMeanNoBarsAndMinuteBudgetsAreNotDrawn() {
        assertTrue(QuotaBar.of(Map.of(), usage(1, "0", 1)).isEmpty());
        assertTrue(QuotaBar.of(null, null).isEmpty());
        assertTrue(QuotaBar.of(Map.of("budgetUsd", 1, "budgetPeriod", "MINUTE"), usage(1, "0", 1)).isEmpty());
        assertFalse(QuotaBar.of(Map.of("dailyTokens", 5L), null).get(0).isExceeded());
    }
}

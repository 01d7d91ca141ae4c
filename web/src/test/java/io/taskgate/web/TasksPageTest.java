package io.taskgate.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TasksPageTest {

    @Test
    void theQuotaSentToTheApiHoldsOnlyTheLimitsThatAreSet() {
        TasksPage page = new TasksPage();
        assertEquals("{}", page.quotaJson(), "an empty form lifts the task's quota");
        page.setMonthlyTokens(new BigDecimal("200000"));
        page.setBudgetUsd(new BigDecimal("12.50"));
        page.setBudgetPeriod("WEEK");
        assertEquals("{\"monthlyTokens\":200000,\"budgetUsd\":12.50,\"budgetPeriod\":\"WEEK\"}", page.quotaJson());
    }

    @Test
    void editingATaskFillsTheFormFromItsQuota() {
        TasksPage page = new TasksPage();
        Map<String, Object> task = new HashMap<>(Map.of("id", "etl", "name", "ETL", "expectedIntents", java.util.List.of()));
        task.put("quota", new HashMap<>(Map.of("dailyTokens", 5000, "budgetUsd", "3.5", "budgetPeriod", "DAY")));
        page.edit(task);
        assertEquals("{\"dailyTokens\":5000,\"budgetUsd\":3.5,\"budgetPeriod\":\"DAY\"}", page.quotaJson());
    }

    @Test
    void theTableSaysWhatTheQuotaIsInWords() {
        Map<String, Object> none = new HashMap<>(Map.of("quota", new HashMap<>()));
        assertEquals("none", TasksPage.quotaSummary(none));
        assertEquals("none", TasksPage.quotaSummary(Map.of()));
        Map<String, Object> quota = new HashMap<>();
        quota.put("dailyTokens", 5000);
        quota.put("budgetUsd", "20.000000");
        quota.put("budgetPeriod", "MONTH");
        assertEquals("5000 tokens/day · USD 20/month", TasksPage.quotaSummary(Map.of("quota", quota)));
    }
}

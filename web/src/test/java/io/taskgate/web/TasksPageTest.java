package io.taskgate.web;

import io.taskgate.api.admin.TaskQuotaView;
import io.taskgate.api.admin.TaskView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

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
        page.edit(new TaskView("etl", "globex", "ETL", null, true, List.of(), List.of(),
                new TaskQuotaView(5000L, null, new BigDecimal("3.5"), "DAY")));
        assertEquals("{\"dailyTokens\":5000,\"budgetUsd\":3.5,\"budgetPeriod\":\"DAY\"}", page.quotaJson());
    }

    @Test
    void theTableSaysWhatTheQuotaIsInWords() {
        assertEquals("none", TasksPage.quotaSummary(task(new TaskQuotaView(null, null, null, null))));
        assertEquals("none", TasksPage.quotaSummary(task(null)));
        assertEquals("5000 tokens/day · USD 20/month", TasksPage.quotaSummary(
                task(new TaskQuotaView(5000L, null, new BigDecimal("20.000000"), "MONTH"))));
    }

    static TaskView task(TaskQuotaView quota) {
        return new TaskView("etl", "globex", "ETL", null, true, List.of(), List.of(), quota);
    }
}

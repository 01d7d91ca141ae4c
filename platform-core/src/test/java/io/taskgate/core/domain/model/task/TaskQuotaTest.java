package io.taskgate.core.domain.model.task;

import io.taskgate.core.domain.model.member.BudgetPeriod;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskQuotaTest {

    @Test
    void aBudgetWithoutAPeriodIsMonthlyAndAPeriodWithoutABudgetMeansNothing() {
        assertEquals(BudgetPeriod.MONTH, new TaskQuota(null, null, BigDecimal.TEN, null).budgetPeriod());
        assertNull(new TaskQuota(5L, null, null, BudgetPeriod.DAY).budgetPeriod());
        assertTrue(new TaskQuota(null, null, null, BudgetPeriod.WEEK).isNone());
    }

    @Test
    void problemsNameTheFieldAndWhatIsWrong() {
        assertEquals(List.of("quota.dailyTokens must be at least 1", "quota.monthlyTokens must be at least 1",
                "quota.budgetUsd must not be negative"), new TaskQuota(0L, -1L, new BigDecimal("-1"), null).problems());
        assertTrue(new TaskQuota(1L, 1L, BigDecimal.ZERO, BudgetPeriod.DAY).problems().isEmpty());
    }

    @Test
    void aTaskKeepsItsQuotaAndCanHaveItLifted() {
        Task task = new Task("etl", "globex", "ETL", "", true, Set.of());
        assertTrue(task.quota().isNone(), "a new task has no quota of its own");
        TaskQuota quota = new TaskQuota(1000L, 20_000L, new BigDecimal("5.5"), BudgetPeriod.WEEK);
        task.limit(quota);
        assertEquals(quota, task.quota());
        task.limit(TaskQuota.NONE);
        assertTrue(task.quota().isNone());
    }
}

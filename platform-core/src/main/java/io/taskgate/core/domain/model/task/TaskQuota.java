package io.taskgate.core.domain.model.task;

import io.taskgate.core.domain.model.member.BudgetPeriod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's own limits, shared by everyone who works on it and charged on top of each member's own limits; each is
 * optional ({@code null} means no limit). {@link #NONE} is the null object.
 */
public record TaskQuota(Long dailyTokens, Long monthlyTokens, BigDecimal budgetUsd, BudgetPeriod budgetPeriod) {

    public static final TaskQuota NONE = new TaskQuota(null, null, null, null);

    public TaskQuota {
        if (budgetUsd == null) {
            budgetPeriod = null;
        } else if (budgetPeriod == null) {
            budgetPeriod = BudgetPeriod.MONTH;
        }
    }

    /** Problems a person can act on, e.g. "quota.dailyTokens must be at least 1"; empty when the quota is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (dailyTokens != null && dailyTokens < 1) {
            problems.add("quota.dailyTokens must be at least 1");
        }
        if (monthlyTokens != null && monthlyTokens < 1) {
            problems.add("quota.monthlyTokens must be at least 1");
        }
        if (budgetUsd != null && budgetUsd.signum() < 0) {
            problems.add("quota.budgetUsd must not be negative");
        }
        return problems;
    }

    public boolean isNone() {
        return equals(NONE);
    }
}

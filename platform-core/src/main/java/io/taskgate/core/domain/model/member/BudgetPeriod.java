package io.taskgate.core.domain.model.member;

/** Calendar period a USD budget applies to; it resets at the period's boundary in the tenant's time zone. */
public enum BudgetPeriod { MINUTE, HOUR, DAY, WEEK, MONTH }

package io.taskgate.api.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/** A task's own quota, shared by everyone working on it; null components are no limit. */
public record TaskQuotaView(Long dailyTokens, Long monthlyTokens, BigDecimal budgetUsd, String budgetPeriod)
        implements Serializable {
}

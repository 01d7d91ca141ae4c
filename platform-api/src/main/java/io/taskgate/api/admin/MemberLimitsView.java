package io.taskgate.api.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/** A member's limits; null components are no limit. */
public record MemberLimitsView(Long dailyTokens, Long monthlyTokens, BigDecimal budgetUsd, String budgetPeriod,
                               Integer requestsPerMinute, Long tokensPerMinute, Long maxTokensPerRequest,
                               Integer maxConcurrentStreams) implements Serializable {
}

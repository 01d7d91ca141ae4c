package io.taskgate.core.domain.model.member;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's limits; each is optional ({@code null} means no limit). {@code tokensPerMinute} applies per model.
 * {@link #UNLIMITED} is the null object.
 */
public record MemberLimits(Long dailyTokens, Long monthlyTokens, BigDecimal budgetUsd, BudgetPeriod budgetPeriod,
                           Integer requestsPerMinute, Long tokensPerMinute, Long maxTokensPerRequest,
                           Integer maxConcurrentStreams) {

    public static final MemberLimits UNLIMITED = new MemberLimits(null, null, null, null, null, null, null, null);

    public MemberLimits {
        if (budgetUsd != null && budgetPeriod == null) {
            budgetPeriod = BudgetPeriod.MONTH;
        }
    }

    /** Problems a person can act on, e.g. "dailyTokens must be at least 1"; empty when the limits are valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        positive(problems, "dailyTokens", dailyTokens);
        positive(problems, "monthlyTokens", monthlyTokens);
        positive(problems, "requestsPerMinute", requestsPerMinute == null ? null : requestsPerMinute.longValue());
        positive(problems, "tokensPerMinute", tokensPerMinute);
        positive(problems, "maxTokensPerRequest", maxTokensPerRequest);
        positive(problems, "maxConcurrentStreams", maxConcurrentStreams == null ? null : maxConcurrentStreams.longValue());
        if (budgetUsd != null && budgetUsd.signum() < 0) {
            problems.add("budgetUsd must not be negative");
        }
        return problems;
    }

    private static void positive(List<String> problems, String name, Long value) {
        if (value != null && value < 1) {
            problems.add(name + " must be at least 1");
        }
    }

    public boolean unlimited() {
        return equals(UNLIMITED);
    }
}

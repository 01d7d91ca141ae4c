package io.taskgate.core.application.proxy;



import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.domain.model.member.MemberLimits;

import java.util.Optional;

/**
 * The core's part of quotas on the request body: a request may not ask for more completion tokens than the
 * member's per-request cap (400 {@code max_tokens_exceeded}), and when the member's tokens or spending are metered
 * and the request names no limit, the gateway adds one (the cap, else {@code gateway.quota.default-max-tokens}),
 * so the upstream cannot produce more than the quota stage reserves.
 */
public final class CompletionLimit {

    private CompletionLimit() {
    }

    public static void apply(Endpoint endpoint, ClientRequest request, MemberLimits limits, long defaultMaxTokens,
                      String tenantId) throws RefusalException {
        if (!endpoint.generates()) {
            return;
        }
        Optional<Long> asked = request.maxTokens();
        Long cap = limits.maxTokensPerRequest();
        if (asked.isPresent() && cap != null && asked.get() > cap) {
            throw new RefusalException(Refusal.of(400, "max_tokens_exceeded", "This request asks for up to "
                    + asked.get() + " completion tokens, but a request in project '" + tenantId + "' may ask for at most "
                    + cap + ". Set " + (endpoint == Endpoint.RESPONSES ? "max_output_tokens" : "max_tokens (or max_completion_tokens)")
                    + " to " + cap + " or less."));
        }
        if (asked.isEmpty() && metersTokens(limits)) {
            request.limitCompletion(endpoint, cap != null ? cap : defaultMaxTokens);
        }
    }

    static boolean metersTokens(MemberLimits limits) {
        return limits.dailyTokens() != null || limits.monthlyTokens() != null || limits.tokensPerMinute() != null
                || limits.budgetUsd() != null || limits.maxTokensPerRequest() != null;
    }
}

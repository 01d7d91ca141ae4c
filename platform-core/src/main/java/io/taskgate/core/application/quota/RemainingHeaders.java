package io.taskgate.core.application.quota;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.core.domain.model.quota.Remaining;

/**
 * The remaining allowance on the response, in OpenAI's style where one exists: {@code X-Quota-Remaining-Tokens}
 * (daily/monthly quota), {@code x-ratelimit-remaining-requests} and {@code x-ratelimit-remaining-tokens}
 * (this minute). Only limits the member has are reported.
 */
final class RemainingHeaders {

    static final String QUOTA_TOKENS = "X-Quota-Remaining-Tokens";
    static final String RATE_REQUESTS = "x-ratelimit-remaining-requests";
    static final String RATE_TOKENS = "x-ratelimit-remaining-tokens";

    private RemainingHeaders() {
    }

    static void write(Exchange exchange, Remaining remaining) {
        remaining.tokens().ifPresent(v -> exchange.responseHeader(QUOTA_TOKENS, Long.toString(v)));
        remaining.requests().ifPresent(v -> exchange.responseHeader(RATE_REQUESTS, Long.toString(v)));
        remaining.tokensThisMinute().ifPresent(v -> exchange.responseHeader(RATE_TOKENS, Long.toString(v)));
    }
}

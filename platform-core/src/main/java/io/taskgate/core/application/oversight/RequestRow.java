package io.taskgate.core.application.oversight;

import io.taskgate.core.domain.model.usage.UsageRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One row of the request log: the request, its prompt where retained, its intent, its signals, tokens and cost. */
public record RequestRow(String id, Instant time, String username, String task, String endpoint, String model,
                         int status, String refusalCode, String intent, String prompt, long promptTokens,
                         long completionTokens, BigDecimal costUsd, long latencyMs, boolean streamed,
                         List<SignalView> signals) {

    public static RequestRow of(UsageRecord r, List<SignalView> signals) {
        return new RequestRow(r.id(), r.createdAt(), r.username(), r.taskId(), r.endpoint(), r.model(), r.status(),
                r.refusalCode(), r.intent(), r.promptText(), r.promptTokens(), r.completionTokens(), cost(r.costUsd()),
                r.latencyMs(), r.streamed(), signals);
    }

    /** The cost without trailing zeros, so that nothing reads {@code 0E-8}. */
    static BigDecimal cost(BigDecimal usd) {
        return usd == null ? BigDecimal.ZERO : usd.stripTrailingZeros();
    }

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}

package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.RequestRow;
import io.taskgate.api.admin.SignalView;
import io.taskgate.core.domain.model.usage.UsageRecord;

import java.math.BigDecimal;
import java.util.List;

/** Ledger rows as the request log's {@link RequestRow}s. */
public final class RequestRows {

    private RequestRows() {
    }

    public static RequestRow of(UsageRecord r, List<SignalView> signals) {
        return new RequestRow(r.id(), SignalViews.text(r.createdAt()), r.username(), r.taskId(), r.endpoint(), r.model(),
                r.status(), r.refusalCode(), r.intent(), r.promptText(), r.promptTokens(), r.completionTokens(),
                cost(r.costUsd()), r.latencyMs(), r.streamed(), signals);
    }

    /** The cost without trailing zeros, so that nothing reads {@code 0E-8}. */
    static BigDecimal cost(BigDecimal usd) {
        return usd == null ? BigDecimal.ZERO : usd.stripTrailingZeros();
    }
}

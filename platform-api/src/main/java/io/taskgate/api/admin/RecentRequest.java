package io.taskgate.api.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/** One of the caller's own recent requests, as the gateway recorded it; {@code prompt} only where it is retained. */
public record RecentRequest(String id, String time, String tenant, String username, String task, String endpoint,
                            String model, int status, String refusalCode, long promptTokens, long completionTokens,
                            BigDecimal costUsd, long latencyMs, boolean streamed, String intent, String prompt)
        implements Serializable {
}

package io.taskgate.api.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the request log: the request, its prompt where retained, its intent, its signals, tokens and cost.
 * Absent parts are left out of the JSON.
 */
public record RequestRow(String id, String time, String username, String task, String endpoint, String model,
                         int status, String refusalCode, String intent, String prompt, long promptTokens,
                         long completionTokens, BigDecimal costUsd, long latencyMs, boolean streamed,
                         List<SignalView> signals) implements Serializable {
}

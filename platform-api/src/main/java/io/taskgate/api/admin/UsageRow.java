package io.taskgate.api.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/** One group of a usage report ({@code key}: a member, task or day): requests, refusals, tokens and cost. */
public record UsageRow(String key, long requests, long refused, long promptTokens, long completionTokens,
                       BigDecimal costUsd) implements Serializable {
}

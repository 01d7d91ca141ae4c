package io.taskgate.api.admin;

import java.io.Serializable;
import java.math.BigDecimal;

/** Requests, refusals, tokens (prompt and completion) and cost over one period. */
public record UsageTotals(long requests, long refused, long tokens, BigDecimal costUsd) implements Serializable {
}

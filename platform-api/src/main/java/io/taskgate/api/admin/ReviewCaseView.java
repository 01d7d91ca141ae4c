package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A case of the review queue: the member, their score against the threshold, the flag and its action, the
 * membership's status, one line per signal ({@link SignalView#why()}) with the retained prompts, and the decisions
 * taken so far with who took them (newest first). Absent parts are left out of the JSON.
 */
public record ReviewCaseView(String username, double score, double threshold, String flaggedAt, String action,
                             String status, String statusReason, List<SignalView> evidence,
                             List<DecisionView> decisions) implements Serializable {
}

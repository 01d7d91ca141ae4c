package io.taskgate.core.application.oversight;

import java.time.Instant;
import java.util.List;

/**
 * Everything an owner needs to decide about one member: standing and outlook, the score over time with the threshold,
 * each signal with its evidence (newest first), the intent mix per task, requests per hour against their own
 * baseline, and the decisions taken so far (newest first).
 */
public record MemberEvidence(String tenantId, String username, Instant from, Instant until, Outlook outlook,
                             List<ScorePoint> scoreHistory, List<SignalView> signals, List<IntentMix> intentMix,
                             HourlyActivity activity, List<DecisionView> decisions) {
}

package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/**
 * Everything an owner needs to decide about one member: standing and outlook, the score over time, each signal with
 * its evidence (newest first), the intent mix per task, requests per hour against their own baseline, and the
 * decisions taken so far (newest first), over {@code from} to {@code until}.
 */
public record MemberEvidence(String tenantId, String username, String from, String until, Outlook outlook,
                             List<ScorePoint> scoreHistory, List<SignalView> signals, List<IntentMix> intentMix,
                             HourlyActivity activity, List<DecisionView> decisions) implements Serializable {
}

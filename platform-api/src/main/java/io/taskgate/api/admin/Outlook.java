package io.taskgate.api.admin;

import java.io.Serializable;

/**
 * A member's current standing and what the next threshold crossing does, in plain words. Absent parts are left out
 * of the JSON.
 *
 * @param status              the membership's status
 * @param score               the deviation score now (decayed)
 * @param threshold           the tenant's threshold
 * @param flaggedAt           when the member was flagged, if a flag awaits review
 * @param pendingAction       the action taken by that flag (WARN, SUSPEND, BLOCK), if any
 * @param policyAction        what the next crossing does
 * @param majorSignalsToFlag  major signals (at the tenant's weight) that would reach the threshold now
 * @param slightSignalsToFlag slight signals that would reach it (0 where slight signals alone cannot)
 * @param words               the same as a sentence an owner reads
 */
public record Outlook(String status, String statusReason, String suspendedUntil, double score, double threshold,
                      String flaggedAt, String pendingAction, String policyAction, int majorSignalsToFlag,
                      int slightSignalsToFlag, String words) implements Serializable {
}

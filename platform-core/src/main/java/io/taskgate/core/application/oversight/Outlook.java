package io.taskgate.core.application.oversight;

import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;

import java.time.Instant;
import java.util.Locale;

/**
 * A member's current standing and what the next threshold crossing does, in plain words.
 *
 * @param status             the membership's status
 * @param score              the deviation score now (decayed)
 * @param threshold          the tenant's threshold
 * @param flaggedAt          when the member was flagged, if a flag awaits review
 * @param pendingAction      the action taken by that flag (WARN, SUSPEND, BLOCK), if any
 * @param policyAction       what the next crossing does
 * @param majorSignalsToFlag major signals (at the tenant's weight) that would reach the threshold now
 * @param slightSignalsToFlag slight signals that would reach it (0 where slight signals alone cannot)
 * @param words              the same as a sentence an owner reads
 */
public record Outlook(String status, String statusReason, Instant suspendedUntil, double score, double threshold,
                      Instant flaggedAt, String pendingAction, String policyAction, int majorSignalsToFlag,
                      int slightSignalsToFlag, String words) {

    /** The score reaches the threshold at one decimal (as {@code DeviationScore} compares them). */
    private static final double ROUNDING = 0.05;

    public static Outlook of(MemberStatus status, String statusReason, Instant suspendedUntil, double score,
                             Instant flaggedAt, FlagAction pendingAction, MisusePolicy policy) {
        double room = Math.max(0, policy.threshold() - ROUNDING - score);
        int majors = signalsFor(room, policy.majorWeight());
        int slights = signalsFor(room, policy.slightWeight());
        return new Outlook(status.name(), statusReason, suspendedUntil, SignalView.round(score), policy.threshold(),
                flaggedAt, pendingAction == null ? null : pendingAction.name(), policy.action().name(), majors, slights,
                words(score, flaggedAt, pendingAction, policy, majors));
    }

    private static int signalsFor(double room, double weight) {
        if (weight <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(room / weight - 1e-9));
    }

    static String words(double score, Instant flaggedAt, FlagAction pendingAction, MisusePolicy policy, int majors) {
        String scoreText = String.format(Locale.ROOT, "Score %.1f of %.1f.", score, policy.threshold());
        if (flaggedAt != null) {
            return scoreText + " Flagged (" + consequence(pendingAction, policy) + ") and waiting for your decision;"
                    + " further signals do not flag again until you decide.";
        }
        String count = majors == 1 ? "one more major signal" : majors + " more major signals";
        return scoreText + " At " + String.format(Locale.ROOT, "%.1f", policy.threshold()) + " (" + count
                + " now; the score halves every " + hours(policy.halfLifeHours()) + ") the member is "
                + consequence(policy.action(), policy) + ".";
    }

    private static String consequence(FlagAction action, MisusePolicy policy) {
        if (action == null) {
            return "flagged for review";
        }
        return switch (action) {
            case WARN -> "warned on every answer and listed for review";
            case SUSPEND -> "suspended for " + policy.suspendMinutes() + " minutes and listed for review";
            case BLOCK -> "blocked until an owner re-enables them";
        };
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? (long) hours + " hours" : String.format(Locale.ROOT, "%.1f hours", hours);
    }
}

package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.Outlook;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;

import java.time.Instant;
import java.util.Locale;

/** A member's {@link Outlook}: the standing now and what the next threshold crossing does, in plain words. */
public final class Outlooks {

    /** The score reaches the threshold at one decimal (as {@code DeviationScore} compares them). */
    private static final double ROUNDING = 0.05;

    private Outlooks() {
    }

    public static Outlook of(MemberStatus status, String statusReason, Instant suspendedUntil, double score,
                             Instant flaggedAt, FlagAction pendingAction, MisusePolicy policy) {
        double room = Math.max(0, policy.threshold() - ROUNDING - score);
        int majors = signalsFor(room, policy.majorWeight());
        int slights = signalsFor(room, policy.slightWeight());
        return new Outlook(status.name(), statusReason, SignalViews.text(suspendedUntil), SignalViews.round(score),
                policy.threshold(), SignalViews.text(flaggedAt), pendingAction == null ? null : pendingAction.name(),
                policy.action().name(), majors, slights, words(score, flaggedAt, pendingAction, policy, majors));
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

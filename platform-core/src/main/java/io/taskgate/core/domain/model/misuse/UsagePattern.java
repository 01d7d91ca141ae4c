package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Usage-pattern signals against the member's own baseline: a volume spike (requests or tokens in the last hour
 * against the member's hourly average before it), abrupt topic switching (the intent label changing at most
 * steps of the recent requests), and a sudden change of behaviour (the share of labels outside the task's
 * expected intents jumping against the member's longer history).
 *
 * <p>The hourly average is the member's requests (tokens) of the week before the last hour divided by the hours of
 * history they have in it (from their first request in that week; a member seen all week: 168). A member with less
 * than {@link #FULL_HISTORY_HOURS} hours of history has too little to compare with, so their average is blended with
 * a {@link Prior}, the rate expected of a member new to the task, by how much history they have:
 * {@code w = hours / 24} (at most 1), expected = {@code w * own + (1 - w) * prior}. A member with no history at all is
 * compared with the prior alone, so a first hour of steady on-task work is no spike.
 */
public final class UsagePattern {

    public static final String DETECTOR = "usage-patterns";

    /** Hours of history from which a member's own average counts alone. */
    public static final double FULL_HISTORY_HOURS = 24;
    static final double WEEK_HOURS = 7 * 24;

    private UsagePattern() {
    }

    /**
     * The rate expected of a member without history: requests and tokens per hour, and where it comes from (for the
     * evidence), e.g. "the typical rate of the tenant's other members".
     */
    public record Prior(double hourlyRequests, double hourlyTokens, String source) {
        public static final Prior NONE = new Prior(0, 0, "no prior");
    }

    /**
     * Activity figures of one member: the last hour, and the week before it: requests and tokens, the hours of
     * history the member has in that week (0..168), and the prior their average is blended with while that is
     * under {@link #FULL_HISTORY_HOURS}.
     */
    public record Volume(long requestsLastHour, long tokensLastHour, long requestsBaselineWeek, long tokensBaselineWeek,
                         double hoursOfHistory, Prior prior) {

        /** A member with a whole week of history. */
        public Volume(long requestsLastHour, long tokensLastHour, long requestsBaselineWeek, long tokensBaselineWeek) {
            this(requestsLastHour, tokensLastHour, requestsBaselineWeek, tokensBaselineWeek, WEEK_HOURS, Prior.NONE);
        }

        public Volume {
            hoursOfHistory = Double.isNaN(hoursOfHistory) ? 0 : Math.max(0, Math.min(WEEK_HOURS, hoursOfHistory));
            prior = prior == null ? Prior.NONE : prior;
        }

        /** How much the member's own average counts: {@code hours of history / 24}, at most 1. */
        public double historyWeight() {
            return Math.min(1, hoursOfHistory / FULL_HISTORY_HOURS);
        }

        double hourlyRequests() {
            return expected(requestsBaselineWeek, prior.hourlyRequests());
        }

        double hourlyTokens() {
            return expected(tokensBaselineWeek, prior.hourlyTokens());
        }

        /** The member's own hourly average (over their hours of history, at least one) blended with the prior. */
        private double expected(long inWeek, double priorHourly) {
            double own = inWeek / Math.max(1, hoursOfHistory);
            double w = historyWeight();
            return w * own + (1 - w) * priorHourly;
        }
    }

    /** Thresholds; the defaults flag only clear outliers. */
    public record Limits(double spikeFactor, long minRequests, long minTokens, int switchWindow, double switchShare,
                         double offTaskJump, double newMemberHourlyRequests, double newMemberHourlyTokens) {
        public static final Limits DEFAULTS = new Limits(5, 30, 20_000, 10, 0.7, 0.4, 120, 200_000);

        /** The floor of the new-member prior: used alone when there is nobody to compare with. */
        public Prior newMemberPrior() {
            return new Prior(newMemberHourlyRequests, newMemberHourlyTokens, "the default rate of new members");
        }
    }

    public static List<Finding> assess(Volume volume, List<String> recentLabels, List<String> olderLabels,
                                       Set<String> expected, Limits limits) {
        List<Finding> findings = new ArrayList<>();
        spike(findings, "requests", volume.requestsLastHour(), volume.hourlyRequests(), limits.minRequests(), limits, volume);
        spike(findings, "tokens", volume.tokensLastHour(), volume.hourlyTokens(), limits.minTokens(), limits, volume);
        List<String> known = recentLabels.stream().filter(l -> l != null && !l.equals("unknown")).limit(limits.switchWindow()).toList();
        if (known.size() >= limits.switchWindow()) {
            int switches = 0;
            for (int i = 1; i < known.size(); i++) {
                switches += known.get(i).equals(known.get(i - 1)) ? 0 : 1;
            }
            double share = switches / (double) (known.size() - 1);
            if (share >= limits.switchShare()) {
                findings.add(new Finding(DETECTOR, Severity.SLIGHT, null, Math.min(1, share), String.format(Locale.ROOT,
                        "abrupt topic switching: the intent changed %d times in the last %d requests", switches, known.size())));
            }
        }
        double recentOff = offTaskShare(known, expected);
        List<String> older = olderLabels.stream().filter(l -> l != null && !l.equals("unknown")).toList();
        if (known.size() >= limits.switchWindow() && older.size() >= 3L * limits.switchWindow()) {
            double before = offTaskShare(older, expected);
            if (recentOff - before >= limits.offTaskJump()) {
                findings.add(new Finding(DETECTOR, Severity.SLIGHT, null, Math.min(1, recentOff), String.format(Locale.ROOT,
                        "sudden change of behaviour: %.0f%% of recent requests outside the task's intents, %.0f%% before",
                        recentOff * 100, before * 100)));
            }
        }
        return findings;
    }

    private static void spike(List<Finding> findings, String what, long lastHour, double baselineHourly, long minimum,
                              Limits limits, Volume volume) {
        if (lastHour < minimum) {
            return;
        }
        double factor = lastHour / Math.max(baselineHourly, 1.0);
        if (factor >= limits.spikeFactor()) {
            Severity severity = factor >= 2 * limits.spikeFactor() ? Severity.MAJOR : Severity.SLIGHT;
            String against = volume.historyWeight() >= 1
                    ? String.format(Locale.ROOT, "the member's hourly average of the week before (%.1f)", baselineHourly)
                    : String.format(Locale.ROOT, "the expected hourly rate (%.1f: %.0f h of the member's own history, "
                            + "weighted %.0f%%, blended with %s)", baselineHourly, volume.hoursOfHistory(),
                            volume.historyWeight() * 100, volume.prior().source());
            findings.add(new Finding(DETECTOR, severity, null, Math.min(1, factor / (4 * limits.spikeFactor())),
                    String.format(Locale.ROOT, "%s spike: %d in the last hour, %.1f times %s", what, lastHour, factor,
                            against)));
        }
    }

    private static double offTaskShare(List<String> labels, Set<String> expected) {
        if (labels.isEmpty() || expected.isEmpty()) {
            return 0;
        }
        return labels.stream().filter(l -> !expected.contains(l)).count() / (double) labels.size();
    }
}

package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Usage-pattern signals against the member's own baseline: a volume spike (requests or tokens in the last hour
 * against the hourly average of the previous week), abrupt topic switching (the intent label changing at most
 * steps of the recent requests), and a sudden change of behaviour (the share of labels outside the task's
 * expected intents jumping against the member's longer history).
 */
public final class UsagePattern {

    public static final String DETECTOR = "usage-patterns";

    private UsagePattern() {
    }

    /** Activity figures of one member: the last hour, and the week before it. */
    public record Volume(long requestsLastHour, long tokensLastHour, long requestsBaselineWeek, long tokensBaselineWeek) {
        double hourlyRequests() {
            return requestsBaselineWeek / (7.0 * 24);
        }

        double hourlyTokens() {
            return tokensBaselineWeek / (7.0 * 24);
        }
    }

    /** Thresholds; the defaults flag only clear outliers. */
    public record Limits(double spikeFactor, long minRequests, long minTokens, int switchWindow, double switchShare,
                         double offTaskJump) {
        public static final Limits DEFAULTS = new Limits(5, 30, 20_000, 10, 0.7, 0.4);
    }

    public static List<Finding> assess(Volume volume, List<String> recentLabels, List<String> olderLabels,
                                       Set<String> expected, Limits limits) {
        List<Finding> findings = new ArrayList<>();
        spike(findings, "requests", volume.requestsLastHour(), volume.hourlyRequests(), limits.minRequests(), limits);
        spike(findings, "tokens", volume.tokensLastHour(), volume.hourlyTokens(), limits.minTokens(), limits);
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
                              Limits limits) {
        if (lastHour < minimum) {
            return;
        }
        double factor = lastHour / Math.max(baselineHourly, 1.0);
        if (factor >= limits.spikeFactor()) {
            Severity severity = factor >= 2 * limits.spikeFactor() ? Severity.MAJOR : Severity.SLIGHT;
            findings.add(new Finding(DETECTOR, severity, null, Math.min(1, factor / (4 * limits.spikeFactor())),
                    String.format(Locale.ROOT, "%s spike: %d in the last hour, %.1f times the member's hourly average "
                            + "of the week before (%.1f)", what, lastHour, factor, baselineHourly)));
        }
    }

    private static double offTaskShare(List<String> labels, Set<String> expected) {
        if (labels.isEmpty() || expected.isEmpty()) {
            return 0;
        }
        return labels.stream().filter(l -> !expected.contains(l)).count() / (double) labels.size();
    }
}

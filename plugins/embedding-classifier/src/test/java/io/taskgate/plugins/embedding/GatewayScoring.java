package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gateway's deviation scoring under the default policy, re-implemented for the benchmark from platform-core's
 * {@code DeviationScoring}, {@code RequestAssessment} and {@code DeviationScore} (read them for the rule):
 * <ul>
 *   <li>a request's signals are its detectors' SLIGHT and MAJOR findings (NONE is no signal), grouped by detector;</li>
 *   <li>with a MAJOR signal it adds {@code majorWeight} (1.0) plus {@code slightWeight} (0.1) for each other detector
 *   that flagged it, but 0.7 when it is weak (one detector's MAJOR alone, at a confidence below 0.97); with SLIGHT signals of two detectors or more, 0.1; with the SLIGHT signals of one detector only
 *   (uncorroborated), 0.1 but only up to the slight ceiling {@code max(0, min(threshold / 2, threshold - major -
 *   slight - 0.1))} = 0.8, and nothing at or above it; a request without signals is not recorded;</li>
 *   <li>the score decays as {@code score * 0.5^(hours / 24)} from the last recorded request; the member is flagged
 *   when a request with a positive weight brings the decayed score plus the weight to the threshold at one decimal
 *   ({@code score + 0.05 >= 2.0}), and no flag is pending; the default action, BLOCK, refuses every later request
 *   until an owner reviews the member (the crossing request itself was already served).</li>
 * </ul>
 * The intent marker (the upstream model's label of the request) is a signal in the gateway as well; it needs an
 * upstream model and is left out here, as are the moderation detector and the built-in usage-pattern detector.
 */
final class GatewayScoring {

    /** One member's score as the simulation sees it: swap the rule by giving the simulation another one. */
    interface MemberScore {
        /** Records one request's findings; true when the member crosses the threshold (flagged). */
        boolean record(List<Finding> findings, Instant now);

        double valueAt(Instant now);
    }

    /**
     * The rule the member simulation scores with: {@code -Dbench.scoring=reimplementation} (default, this class's
     * {@link Score}, checked step by step against platform-core) or {@code platform-core} (platform-core's own classes,
     * whatever rule they implement now).
     */
    static java.util.function.Function<TaskInfo, MemberScore> rule() {
        return System.getProperty("bench.scoring", "reimplementation").equals("platform-core")
                ? GatewayScoring::reference : task -> new Score();
    }

    static final double SLIGHT_WEIGHT = 0.1;
    static final double MAJOR_WEIGHT = 1.0;
    static final double THRESHOLD = 2.0;
    /** RequestAssessment.STRONG_CONFIDENCE and WEAK_MAJOR_SHARE. */
    static final double STRONG_CONFIDENCE = 0.97;
    static final double WEAK_MAJOR_SHARE = 0.7;
    static final double HALF_LIFE_HOURS = 24;
    /** Rounding margin of RequestAssessment.slightCeiling (one decimal). */
    private static final double MARGIN = 0.1;

    /** One member's score. */
    static final class Score implements MemberScore {
        private double score;
        private Instant updatedAt;
        private boolean flagged;

        public double valueAt(Instant now) {
            if (updatedAt == null) {
                return 0;
            }
            double hours = Math.max(0, Duration.between(updatedAt, now).toMillis()) / 3_600_000.0;
            return score * Math.pow(0.5, hours / HALF_LIFE_HOURS);
        }

        /** Records one request's findings at {@code now}; true when this request flags (and so blocks) the member. */
        public boolean record(List<Finding> findings, Instant now) {
            if (findings.stream().allMatch(f -> f.severity() == Severity.NONE)) {
                return false; // DeviationScoring.record: a request that does not deviate is not scored
            }
            double before = valueAt(now);
            double weight = weight(findings, before);
            score = before + weight;
            updatedAt = now;
            boolean crossed = !flagged && weight > 0 && score + 0.05 >= THRESHOLD;
            if (crossed) {
                flagged = true;
            }
            return crossed;
        }

        double value() {
            return score;
        }
    }

    /**
     * What one request's findings add to a score that stands at {@code before}: with a MAJOR, 1.0 plus 0.1 for each
     * other detector that flagged it, or 0.7 when it is weak (one detector alone, no MAJOR at 0.97 or more); with
     * SLIGHT signals of two detectors or more, 0.1; with those of one detector only, 0.1 up to the slight ceiling.
     */
    static double weight(List<Finding> findings, double before) {
        Severity worst = Severity.NONE;
        Set<String> flagging = new LinkedHashSet<>();
        boolean strong = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.MAJOR && f.confidence() >= STRONG_CONFIDENCE) {
                strong = true;
            }
            if (f.severity() != Severity.NONE) {
                flagging.add(f.detector());
                if (f.severity().compareTo(worst) > 0) {
                    worst = f.severity();
                }
            }
        }
        return switch (worst) {
            case MAJOR -> flagging.size() == 1 && !strong ? MAJOR_WEIGHT * WEAK_MAJOR_SHARE
                    : MAJOR_WEIGHT + SLIGHT_WEIGHT * (flagging.size() - 1);
            case SLIGHT -> flagging.size() >= 2 ? SLIGHT_WEIGHT
                    : Math.max(0, Math.min(SLIGHT_WEIGHT, slightCeiling() - before));
            case NONE -> 0;
        };
    }

    static double slightCeiling() {
        return Math.max(0, Math.min(THRESHOLD / 2, THRESHOLD - MAJOR_WEIGHT - SLIGHT_WEIGHT - MARGIN));
    }

    private GatewayScoring() {
    }

    /**
     * The same member scored by platform-core's own classes (its {@code classes} JAR is a test dependency of this
     * module), to check the re-implementation step by step; null when those classes cannot be used here.
     */
    /** Why platform-core's scoring classes could not be used, when they could not. */
    static volatile String unavailable = "";

    static Reference reference(TaskInfo task) {
        try {
            return new Reference(task);
        } catch (LinkageError | RuntimeException e) {
            unavailable = e.toString();
            return null;
        }
    }

    /** platform-core's RequestAssessment and DeviationScore under MisusePolicy.defaults. */
    static final class Reference implements MemberScore {
        private final TaskInfo task;
        private final io.taskgate.core.domain.model.misuse.MisusePolicy policy;
        private io.taskgate.core.domain.model.misuse.DeviationScore score;

        Reference(TaskInfo task) {
            this.task = task;
            this.policy = io.taskgate.core.domain.model.misuse.MisusePolicy.defaults(task.tenantId());
        }

        public boolean record(List<Finding> findings, Instant now) {
            var assessment = io.taskgate.core.domain.model.misuse.RequestAssessment.of(task, null, findings);
            if (!assessment.deviates()) {
                return false;
            }
            if (score == null) {
                score = new io.taskgate.core.domain.model.misuse.DeviationScore(task.tenantId(), "member", now);
            }
            double weight = assessment.weight(policy, score.valueAt(now, policy.halfLifeHours()));
            return score.add(weight, now, policy);
        }

        public double valueAt(Instant now) {
            return score == null ? 0 : score.valueAt(now, policy.halfLifeHours());
        }
    }
}

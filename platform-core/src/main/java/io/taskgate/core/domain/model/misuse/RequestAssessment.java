package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far one request deviates from its task, from the intent marker's label and the detectors' findings:
 * {@code off_topic} (or a MAJOR finding) is a major deviation, a label outside the task's expected intents (or a
 * SLIGHT finding) a slight one. Every signal is kept, with its detector, label, confidence and evidence.
 *
 * <p>What a request weighs ({@link #weight(MisusePolicy, double)}; the rule is described in full on
 * {@code DeviationScoring}): its most severe signal's weight, plus the slight weight for each <em>other</em>
 * detector that flagged it too when that signal is MAJOR. A request is <em>corroborated</em> when it has a MAJOR
 * signal or SLIGHT signals of two detectors or more; an uncorroborated request (SLIGHT signals of one detector only)
 * raises the score no higher than the policy's {@linkplain #slightCeiling(MisusePolicy) slight ceiling}. A
 * <em>weak</em> major deviation ({@link #weakMajor()}: one detector's MAJOR alone, at a confidence below
 * {@link #STRONG_CONFIDENCE}) weighs {@link #WEAK_MAJOR_SHARE} of the major weight.
 */
public record RequestAssessment(Severity severity, List<Finding> signals, PromptKey prompt) {

    public static final String MARKER = "intent-marker";

    public RequestAssessment {
        signals = List.copyOf(signals);
        prompt = prompt == null ? PromptKey.NONE : prompt;
    }

    /** An assessment without a prompt key (nothing to recognise a repeat by). */
    public RequestAssessment(Severity severity, List<Finding> signals) {
        this(severity, signals, PromptKey.NONE);
    }

    /**
     * The confidence from which one detector's MAJOR alone counts in full. The embedding classifier reports its
     * calibrated misuse probability: on tasks it was never fitted on, 20-25% of its false alarms on honest work reach
     * 0.97, and 77-85% of its catches of personal use and injections (docs/misuse-detection.md).
     */
    public static final double STRONG_CONFIDENCE = 0.97;

    /**
     * What share of the major weight a weak major deviation carries: under the default policy 0.7, so that two
     * uncorroborated, less certain MAJORs (1.4) do not block a member and three (2.1) do.
     */
    public static final double WEAK_MAJOR_SHARE = 0.7;

    /** Rounding margin of the threshold comparison (one decimal, see {@code DeviationScore}). */
    private static final double MARGIN = 0.1;

    public static RequestAssessment of(TaskInfo task, String intentLabel, List<Finding> findings) {
        List<Finding> signals = new ArrayList<>();
        if (intentLabel != null && !intentLabel.equals("unknown")) {
            if (intentLabel.equals("off_topic")) {
                signals.add(new Finding(MARKER, Severity.MAJOR, intentLabel, 1, "the model labelled the request off_topic"));
            } else if (!task.expectedIntents().isEmpty() && !task.expectedIntents().contains(intentLabel)) {
                signals.add(new Finding(MARKER, Severity.SLIGHT, intentLabel, 1, "label '" + intentLabel
                        + "' is not among the task's expected intents " + task.expectedIntents().stream().sorted().toList()));
            }
        }
        findings.stream().filter(f -> f.severity() != Severity.NONE).forEach(signals::add);
        Severity worst = signals.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.NONE);
        return new RequestAssessment(worst, signals, PromptKey.NONE);
    }

    /** The same assessment of a request whose assessed text has the key {@code key}. */
    public RequestAssessment withPrompt(PromptKey key) {
        return new RequestAssessment(severity, signals, key);
    }

    /** The detectors that flagged this request (SLIGHT or MAJOR), in the order of their first signal. */
    public Set<String> flaggingDetectors() {
        Set<String> detectors = new LinkedHashSet<>();
        signals.stream().filter(s -> s.severity() != Severity.NONE).forEach(s -> detectors.add(s.detector()));
        return detectors;
    }

    /** A MAJOR signal, or SLIGHT signals of at least two independent detectors. */
    public boolean corroborated() {
        return severity == Severity.MAJOR || flaggingDetectors().size() >= 2;
    }

    /**
     * A MAJOR that no other detector corroborates and that its detector reports with a confidence below
     * {@link #STRONG_CONFIDENCE}: the evidence of one detector that is not sure. The intent marker's off_topic and
     * the keyword rules report a confidence of 1, so they are never weak.
     */
    public boolean weakMajor() {
        if (severity != Severity.MAJOR || flaggingDetectors().size() != 1) {
            return false;
        }
        return signals.stream().filter(s -> s.severity() == Severity.MAJOR)
                .allMatch(s -> s.confidence() < STRONG_CONFIDENCE);
    }

    /**
     * The request's full weight: the most severe signal's weight, plus the slight weight for each other detector
     * that flagged the request when the most severe signal is MAJOR (a second detector agreeing adds to a major
     * deviation, a second MAJOR on the same request is not a second major deviation); a {@linkplain #weakMajor()
     * weak} major deviation {@link #WEAK_MAJOR_SHARE} of the major weight. Uncorroborated slights are limited by
     * {@link #weight(MisusePolicy, double)}, not here.
     */
    public double weight(MisusePolicy policy) {
        return switch (severity) {
            case MAJOR -> weakMajor() ? policy.majorWeight() * WEAK_MAJOR_SHARE
                    : policy.majorWeight() + policy.slightWeight() * (flaggingDetectors().size() - 1);
            case SLIGHT -> policy.slightWeight();
            case NONE -> 0;
        };
    }

    /**
     * What this request adds to a score that stands at {@code scoreBefore} (decayed to now): the full
     * {@link #weight(MisusePolicy)} when corroborated; otherwise the slight weight, but only as far as the
     * {@linkplain #slightCeiling(MisusePolicy) slight ceiling}, and nothing once the score is at or above it.
     */
    public double weight(MisusePolicy policy, double scoreBefore) {
        double full = weight(policy);
        if (severity != Severity.SLIGHT || corroborated()) {
            return full;
        }
        return Math.max(0, Math.min(full, slightCeiling(policy) - scoreBefore));
    }

    /**
     * How high uncorroborated slight signals alone can raise a score: half the threshold, and low enough that one
     * major deviation corroborated by a second detector on top of it stays below the threshold at the comparison's
     * one-decimal precision ({@code threshold - majorWeight - slightWeight - 0.1}); never below 0. Under the default
     * policy (threshold 2.0, major 1.0, slight 0.1) it is 0.8.
     */
    public static double slightCeiling(MisusePolicy policy) {
        double roomUnderOneMajor = policy.threshold() - policy.majorWeight() - policy.slightWeight() - MARGIN;
        return Math.max(0, Math.min(policy.threshold() / 2, roomUnderOneMajor));
    }

    /**
     * How {@code weight} (what the request added) is shared among {@link #signals()}, index by index, so each piece
     * of evidence shows its part: the first most severe signal carries the base weight, the first signal of each
     * other detector that corroborates a MAJOR carries the slight weight, every other signal 0. The parts add up
     * to {@code weight}.
     */
    public double[] signalWeights(MisusePolicy policy, double weight) {
        double[] parts = new double[signals.size()];
        int lead = -1;
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).severity() == severity && severity != Severity.NONE) {
                lead = i;
                break;
            }
        }
        if (lead < 0 || weight <= 0) {
            return parts;
        }
        if (severity != Severity.MAJOR) {
            parts[lead] = weight;
            return parts;
        }
        Set<String> counted = new HashSet<>();
        counted.add(signals.get(lead).detector());
        double bonus = 0;
        for (int i = 0; i < signals.size(); i++) {
            Finding s = signals.get(i);
            if (s.severity() != Severity.NONE && counted.add(s.detector())) {
                parts[i] = policy.slightWeight();
                bonus += parts[i];
            }
        }
        parts[lead] = Math.abs(weight - bonus - policy.majorWeight()) < 1e-9 ? policy.majorWeight() : weight - bonus;
        return parts;
    }

    public boolean deviates() {
        return severity != Severity.NONE;
    }
}

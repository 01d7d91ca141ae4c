package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why each signal of a scored request weighed what it did, in the words an owner reads next to the weight: a weak
 * major deviation (one detector alone, not sure), a second detector's agreement, slight signals held at their ceiling,
 * a repeated prompt. Written when the request is scored, under the policy of that moment, so the note stays true when
 * the policy changes later.
 */
public final class WeightNotes {

    private WeightNotes() {
    }

    /**
     * One note per signal of {@code assessment}, index by index with {@code parts} (its
     * {@link RequestAssessment#signalWeights}); {@code weight} is what the request added in all, {@code scoreBefore}
     * the member's score before it, {@code repeat} whether the prompt had been scored before.
     */
    public static List<String> of(RequestAssessment assessment, MisusePolicy policy, double[] parts, double weight,
                                  double scoreBefore, boolean repeat) {
        List<Finding> signals = assessment.signals();
        List<String> notes = new ArrayList<>(signals.size());
        int lead = lead(assessment);
        for (int i = 0; i < signals.size(); i++) {
            notes.add(repeat ? "not counted: the member sent this prompt before, and it was scored then"
                    : i == lead ? leadNote(assessment, policy, signals.get(i), parts[i], weight, scoreBefore)
                    : parts[i] > 0 ? String.format(Locale.ROOT, "+%.2f: a second detector agreed that the request"
                            + " deviates", parts[i])
                    : "counted once, with this detector's first signal on the request");
        }
        return notes;
    }

    private static int lead(RequestAssessment assessment) {
        for (int i = 0; i < assessment.signals().size(); i++) {
            if (assessment.signals().get(i).severity() == assessment.severity()) {
                return i;
            }
        }
        return -1;
    }

    /** The note of the signal that carries the request's base weight, {@code part} (its share of {@code weight}). */
    private static String leadNote(RequestAssessment assessment, MisusePolicy policy, Finding lead, double part,
                                   double weight, double scoreBefore) {
        int detectors = assessment.flaggingDetectors().size();
        if (assessment.severity() == Severity.MAJOR) {
            if (assessment.weakMajor()) {
                return String.format(Locale.ROOT, "%.2f, %.1f of a major deviation: only this detector flagged the"
                                + " request, at confidence %.2f; one detector alone counts in full from %.2f",
                        part, RequestAssessment.WEAK_MAJOR_SHARE,
                        lead.confidence(), RequestAssessment.STRONG_CONFIDENCE);
            }
            // not weak: corroborated by another detector, or one detector sure of it
            return String.format(Locale.ROOT, "%.2f, a major deviation", part)
                    + (detectors > 1 ? String.format(Locale.ROOT, ", flagged by %d detectors", detectors)
                    : String.format(Locale.ROOT, " (confidence %.2f)", lead.confidence()));
        }
        if (assessment.corroborated()) {
            return String.format(Locale.ROOT, "%.2f, a slight deviation flagged by %d detectors", weight, detectors);
        }
        double ceiling = RequestAssessment.slightCeiling(policy);
        if (weight <= 0) {
            return String.format(Locale.ROOT, "not counted: the score (%.2f) was already at %.2f, as high as one"
                    + " detector's slight signals alone can raise it", scoreBefore, ceiling);
        }
        if (weight < policy.slightWeight() - 1e-9) {
            return String.format(Locale.ROOT, "%.2f of %.2f: one detector's slight signals alone raise the score to"
                    + " %.2f at most", weight, policy.slightWeight(), ceiling);
        }
        return String.format(Locale.ROOT, "%.2f, a slight deviation; one detector's slight signals alone raise the"
                + " score to %.2f at most", weight, ceiling);
    }
}

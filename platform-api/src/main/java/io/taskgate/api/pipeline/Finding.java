package io.taskgate.api.pipeline;

import java.util.Objects;

/**
 * What a misuse detector concluded about one request. The core turns findings into the member's deviation
 * score under the tenant's policy: a {@link Severity#SLIGHT} finding adds the slight weight (default 0.1), a
 * {@link Severity#MAJOR} one the major weight (default 1.0). {@code evidence} is shown to the owner on review.
 *
 * @param detector   the reporting plugin's id
 * @param severity   how far the request deviates from its task
 * @param label      what the detector thinks the request is (an intent label such as {@code off_topic}), or null
 * @param confidence 0..1, how sure the detector is (for display and evaluation)
 * @param evidence   a short, human-readable reason, e.g. {@code "similarity to task 0.08 < 0.25"}
 */
public record Finding(String detector, Severity severity, String label, double confidence, String evidence) {

    /** How far a request deviates from the task it was made for. */
    public enum Severity { NONE, SLIGHT, MAJOR }

    public Finding {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(severity, "severity");
        if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1");
        }
        evidence = evidence == null ? "" : evidence.length() > 500 ? evidence.substring(0, 500) : evidence;
    }
}

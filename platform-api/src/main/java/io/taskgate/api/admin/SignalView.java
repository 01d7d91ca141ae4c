package io.taskgate.api.admin;

import java.io.Serializable;

/**
 * One signal behind a score change as an owner reads it: the detector ({@code source}), its severity, label and
 * confidence, the detector's evidence, how much it weighed, the score after it, and the request's prompt and intent
 * where the ledger keeps them. Absent parts are left out of the JSON.
 *
 * @param why one line: what the detector said, e.g. {@code "embedding: MAJOR off_topic (confidence 0.93) on acme-docs"}
 * @param weighing why the signal weighed {@code weight}, e.g. {@code "0.70, 0.7 of a major deviation: only this
 *                 detector flagged the request, at confidence 0.91; ..."}; absent for signals scored before it was kept
 */
public record SignalView(String id, String at, String requestId, String task, String source, String severity,
                         String label, Double confidence, String evidence, double weight, double scoreAfter,
                         String prompt, String intent, String why,
                         String weighing) implements Serializable {
}

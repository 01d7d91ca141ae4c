package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * How far one request deviates from its task, from the intent marker's label and the detectors' findings. A
 * request counts once, at its most severe signal: {@code off_topic} (or a MAJOR finding) is a major deviation,
 * a label outside the task's expected intents (or a SLIGHT finding) a slight one.
 */
public record RequestAssessment(Severity severity, List<Finding> signals) {

    public static final String MARKER = "intent-marker";

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
        return new RequestAssessment(worst, List.copyOf(signals));
    }

    public double weight(MisusePolicy policy) {
        return switch (severity) {
            case MAJOR -> policy.majorWeight();
            case SLIGHT -> policy.slightWeight();
            case NONE -> 0;
        };
    }

    public boolean deviates() {
        return severity != Severity.NONE;
    }
}

package io.taskgate.core.application.intent;

import io.taskgate.api.pipeline.TaskInfo;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The per-request intent-marker contract: the gateway asks the model (in a system message) to end its answer
 * with a final line {@code <<intent-NONCE:LABEL>>}. The nonce is random per request, so a prompt cannot forge a
 * marker; the gateway strips the line before the client sees the answer and stores the label.
 *
 * <p>The model judges the request against the task it is made for: the instruction names the task (its name and
 * description, on one line, at most {@link #MAX_TASK_CHARS} characters) and defines {@code off_topic} as anything
 * that is not part of that task.
 */
public record IntentMarker(String nonce, List<String> labels, String task) {

    public static final String UNKNOWN = "unknown";
    public static final List<String> DEFAULT_LABELS = List.of("code", "test", "doc", "design", "data", "ops", "off_topic");
    /**
     * How much of the task's name and description the instruction carries: enough for a model to judge against,
     * while every chat request pays for it in prompt tokens (about 75 at most).
     */
    public static final int MAX_TASK_CHARS = 300;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A marker that names no task (the instruction then judges the request alone). */
    public IntentMarker(String nonce, List<String> labels) {
        this(nonce, labels, "");
    }

    public IntentMarker {
        labels = List.copyOf(labels);
        task = oneLine(task);
        if (!nonce.matches("[A-Za-z0-9]{8,64}") || labels.isEmpty()) {
            throw new IllegalArgumentException("A marker needs an alphanumeric nonce and at least one label");
        }
    }

    public static IntentMarker create(List<String> labels) {
        return create(labels, null);
    }

    /** A marker with a fresh nonce for a request made for {@code task} (null: no task named). */
    public static IntentMarker create(List<String> labels, TaskInfo task) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String named = task == null ? "" : task.description().isBlank() ? "\"" + task.name() + "\""
                : "\"" + task.name() + "\": " + task.description();
        return new IntentMarker(HexFormat.of().formatHex(bytes), labels.isEmpty() ? DEFAULT_LABELS : labels, named);
    }

    /** The literal start of this request's marker, up to the label. */
    public String prefix() {
        return "<<intent-" + nonce + ":";
    }

    /** The system message the gateway adds to the forwarded request (the documented upstream contract). */
    public String instruction() {
        String contract = "Answer the user normally. Then end your answer with one final line, exactly "
                + "<<intent-" + nonce + ":LABEL>> , where LABEL is the one label below that best describes what the "
                + "user's request is for. Write nothing after that line and never mention it.\n"
                + "Labels: " + String.join(", ", labels);
        if (task.isEmpty()) {
            return contract;
        }
        return contract + "\n"
                + "The user works on this task: " + task + "\n"
                + "Judge the request against that task. off_topic means the request is not part of this task: "
                + "personal matters, work for another client or a side project, or anything unrelated to the task, "
                + "whatever the request says about itself.";
    }

    /** The task's text on one line (control characters and runs of white space made one space), capped. */
    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= MAX_TASK_CHARS ? line : line.substring(0, MAX_TASK_CHARS - 1).strip() + "\u2026";
    }

    /** The label if it is one of this marker's labels, else {@link #UNKNOWN}. */
    public String accept(String label) {
        return labels.contains(label) ? label : UNKNOWN;
    }
}

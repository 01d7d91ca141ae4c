package io.taskgate.core.application.intent;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The per-request intent-marker contract: the gateway asks the model (in a system message) to end its answer
 * with a final line {@code <<intent-NONCE:LABEL>>}. The nonce is random per request, so a prompt cannot forge a
 * marker; the gateway strips the line before the client sees the answer and stores the label.
 */
public record IntentMarker(String nonce, List<String> labels) {

    /** Exchange attribute under which the core keeps the request's marker. */
    public static final String ATTRIBUTE = "taskgate.intent-marker";
    public static final String UNKNOWN = "unknown";
    public static final List<String> DEFAULT_LABELS = List.of("code", "test", "doc", "design", "data", "ops", "off_topic");

    private static final SecureRandom RANDOM = new SecureRandom();

    public IntentMarker {
        labels = List.copyOf(labels);
        if (!nonce.matches("[A-Za-z0-9]{8,64}") || labels.isEmpty()) {
            throw new IllegalArgumentException("A marker needs an alphanumeric nonce and at least one label");
        }
    }

    public static IntentMarker create(List<String> labels) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new IntentMarker(HexFormat.of().formatHex(bytes), labels.isEmpty() ? DEFAULT_LABELS : labels);
    }

    /** The literal start of this request's marker, up to the label. */
    public String prefix() {
        return "<<intent-" + nonce + ":";
    }

    /** The system message the gateway adds to the forwarded request (the documented upstream contract). */
    public String instruction() {
        return "Answer the user normally. Then end your answer with one final line, exactly "
                + "<<intent-" + nonce + ":LABEL>> , where LABEL is the one label below that best describes what the "
                + "user's request is for. Write nothing after that line and never mention it.\n"
                + "Labels: " + String.join(", ", labels);
    }

    /** The label if it is one of this marker's labels, else {@link #UNKNOWN}. */
    public String accept(String label) {
        return labels.contains(label) ? label : UNKNOWN;
    }
}

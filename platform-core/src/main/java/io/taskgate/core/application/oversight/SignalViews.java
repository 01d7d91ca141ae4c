package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.SignalView;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.usage.UsageRecord;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Misuse events as the {@link SignalView}s an owner reads, with scores rounded as the console shows them. */
public final class SignalViews {

    /**
     * The confidence that {@link MisuseEvent#withConfidence} appends to the evidence, followed by the
     * {@link MisuseEvent#REPEAT_NOTE} when the prompt had been scored before.
     */
    private static final Pattern CONFIDENCE = Pattern.compile("\\s*\\[confidence (\\d+(?:\\.\\d+)?)](\\s*"
            + Pattern.quote(MisuseEvent.REPEAT_NOTE) + ")?\\s*$");

    private SignalViews() {
    }

    /** The view of an event; {@code request} is its ledger row, or null when it is not (or no longer) there. */
    public static SignalView of(MisuseEvent event, UsageRecord request) {
        String evidence = event.evidence() == null ? "" : event.evidence();
        Double confidence = null;
        Matcher m = CONFIDENCE.matcher(evidence);
        if (m.find()) {
            confidence = Double.valueOf(m.group(1));
            evidence = (evidence.substring(0, m.start()) + (m.group(2) == null ? "" : " " + MisuseEvent.REPEAT_NOTE)).strip();
        }
        return new SignalView(event.id(), text(event.at()), event.requestId(), event.taskId(), event.source(),
                event.severity(), event.label(), confidence, evidence, round(event.weight()), round(event.scoreAfter()),
                request == null ? null : request.promptText(), request == null ? null : request.intent(),
                why(event, confidence, evidence), event.weighing().isEmpty() ? null : event.weighing());
    }

    static String why(MisuseEvent event, Double confidence, String evidence) {
        StringBuilder line = new StringBuilder(event.source()).append(": ").append(event.severity());
        if (event.label() != null && !event.label().isBlank()) {
            line.append(' ').append(event.label());
        }
        if (confidence != null) {
            line.append(String.format(Locale.ROOT, " (confidence %.2f)", confidence));
        }
        if (event.taskId() != null) {
            line.append(" on ").append(event.taskId());
        }
        if (!evidence.isBlank()) {
            line.append(" · ").append(evidence);
        }
        return line.toString();
    }

    /** A score or weight at three decimals. */
    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** An instant as on the wire (ISO-8601), or null. */
    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

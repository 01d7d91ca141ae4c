package io.taskgate.core.domain.model.misuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.taskgate.api.pipeline.Finding;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Evidence behind a score change: which request, which signal (its detector, severity, label, the detector's evidence
 * and confidence), how much it weighed, the score after it. One event per signal, so a flag keeps every detector's
 * evidence, not only the most severe one's.
 */
@Entity
@Table(name = "misuse_event")
public class MisuseEvent {

    @Id
    private String id;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(nullable = false)
    private String username;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "created_at", nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String source;
    @Column(nullable = false)
    private String severity;
    private String label;
    @Column(nullable = false)
    private double weight;
    @Column(name = "score_after", nullable = false)
    private double scoreAfter;
    @Column(length = 1000)
    private String evidence;
    /** The {@link PromptKey} of the request's assessed text; empty when it had none. */
    @Column(name = "prompt_key", length = 64)
    private String promptKey;
    /** Why the signal weighed {@link #weight()} ({@link WeightNotes}); empty for events scored before it was kept. */
    @Column(length = 300)
    private String weighing;

    protected MisuseEvent() {
    }

    public MisuseEvent(String tenantId, String username, String requestId, String taskId, Instant at, String source,
                       String severity, String label, double weight, double scoreAfter, String evidence) {
        this.id = "mis_" + UUID.randomUUID().toString().replace("-", "");
        this.tenantId = tenantId;
        this.username = username;
        this.requestId = requestId;
        this.taskId = taskId;
        this.at = at;
        this.source = source;
        this.severity = severity;
        this.label = label;
        this.weight = weight;
        this.scoreAfter = scoreAfter;
        this.evidence = evidence == null ? null : evidence.length() > 1000 ? evidence.substring(0, 1000) : evidence;
    }

    /**
     * The event of one signal of a request. The detector's confidence is kept with its evidence
     * ({@code "<evidence> [confidence 0.80]"}): the table has no column of its own for it.
     */
    public static MisuseEvent of(String tenantId, String username, String requestId, String taskId, Instant at,
                                 Finding signal, double weight, double scoreAfter) {
        return of(tenantId, username, requestId, taskId, at, signal, weight, scoreAfter, PromptKey.NONE, false);
    }

    /**
     * The event of one signal of a request whose assessed text has the key {@code prompt}; a {@code repeat} (the
     * member sent the same prompt before and it was scored then) says so in its evidence.
     */
    public static MisuseEvent of(String tenantId, String username, String requestId, String taskId, Instant at,
                                 Finding signal, double weight, double scoreAfter, PromptKey prompt, boolean repeat) {
        String evidence = withConfidence(signal) + (repeat ? " " + REPEAT_NOTE : "");
        MisuseEvent event = new MisuseEvent(tenantId, username, requestId, taskId, at, signal.detector(),
                signal.severity().name(), signal.label(), weight, scoreAfter, evidence);
        event.promptKey = prompt.isNone() ? null : prompt.value();
        return event;
    }

    /** This event with the note of why it weighed what it did ({@link WeightNotes}), cut to 300 characters. */
    public MisuseEvent weighed(String note) {
        this.weighing = note == null || note.isBlank() ? null : note.length() > 300 ? note.substring(0, 300) : note;
        return this;
    }

    /** How the evidence of a repeated prompt's signal ends. */
    public static final String REPEAT_NOTE = "[sent before and scored then: not counted again]";

    /** A signal's evidence followed by its confidence, e.g. {@code "similarity to task 0.05 [confidence 0.80]"}. */
    public static String withConfidence(Finding signal) {
        String confidence = String.format(Locale.ROOT, "[confidence %.2f]", signal.confidence());
        return signal.evidence().isEmpty() ? confidence : signal.evidence() + " " + confidence;
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String username() { return username; }
    public String requestId() { return requestId; }
    public String taskId() { return taskId; }
    public Instant at() { return at; }
    public String source() { return source; }
    public String severity() { return severity; }
    public String label() { return label; }
    public double weight() { return weight; }
    public double scoreAfter() { return scoreAfter; }
    public String evidence() { return evidence; }
    public PromptKey promptKey() { return new PromptKey(promptKey); }
    /** Why the signal weighed what it did; empty for events scored before the note was kept. */
    public String weighing() { return weighing == null ? "" : weighing; }
}

package io.taskgate.core.domain.model.misuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * A member's deviation score in one tenant. It decays exponentially with the policy's half-life and is stored
 * with the instant it was last brought up to date; a flag marks that it crossed the threshold and awaits review.
 */
@Entity
@Table(name = "deviation_score")
public class DeviationScore {

    @Id
    private String id;
    @Column(name = "tenant_id", nullable = false)
    private String tenantId;
    @Column(nullable = false)
    private String username;
    @Column(nullable = false)
    private double score;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "flagged_at")
    private Instant flaggedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "flag_action")
    private FlagAction flagAction;
    /** When an owner's review last started the score again from zero; null if never. */
    @Column(name = "reset_at")
    private Instant resetAt;
    @Version
    private long version;

    protected DeviationScore() {
    }

    public DeviationScore(String tenantId, String username, Instant now) {
        this.id = tenantId + "/" + username;
        this.tenantId = tenantId;
        this.username = username;
        this.updatedAt = now;
    }

    /** The score decayed to {@code now}: {@code score * 0.5^(elapsed / halfLife)}. */
    public double valueAt(Instant now, double halfLifeHours) {
        double hours = Math.max(0, Duration.between(updatedAt, now).toMillis()) / 3_600_000.0;
        return score * Math.pow(0.5, hours / halfLifeHours);
    }

    /**
     * Adds a weight at {@code now} after decaying, and tells whether this makes the member flagged: the score is
     * at or above the threshold and no flag is pending. A member already flagged is not flagged again until the
     * owner decides; after a decision, the next deviation that leaves the score above the threshold flags again.
     */
    public boolean add(double weight, Instant now, MisusePolicy policy) {
        double before = valueAt(now, policy.halfLifeHours());
        score = before + weight;
        updatedAt = now;
        boolean crossed = flaggedAt == null && weight > 0 && reaches(score, policy.threshold());
        if (crossed) {
            flaggedAt = now;
            flagAction = policy.action();
        }
        return crossed;
    }

    /**
     * Scores are compared at the precision of the default weights (one decimal, rounded half up), so decay of a
     * few minutes does not keep two major deviations (1.0 + 0.99...) from reaching a threshold of 2.0.
     */
    static boolean reaches(double score, double threshold) {
        return score + 0.05 >= threshold;
    }

    /**
     * The owner reviewed the member: the score starts again from zero and the flag is cleared. What was scored
     * before no longer counts, nor is a prompt sent before taken for a repeat ({@link #resetAt()}).
     */
    public void reset(Instant now) {
        score = 0;
        updatedAt = now;
        resetAt = now;
        flaggedAt = null;
        flagAction = null;
    }

    /** The owner decided (suspend, ban): the flag is cleared, the score stays and keeps decaying. */
    public void resolve() {
        flaggedAt = null;
        flagAction = null;
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String username() { return username; }
    public Instant updatedAt() { return updatedAt; }
    public Instant flaggedAt() { return flaggedAt; }
    /** When an owner's review last reset the score, if ever. */
    public java.util.Optional<Instant> resetAt() { return java.util.Optional.ofNullable(resetAt); }
    public FlagAction flagAction() { return flagAction; }
    public boolean flagged() { return flaggedAt != null; }
}

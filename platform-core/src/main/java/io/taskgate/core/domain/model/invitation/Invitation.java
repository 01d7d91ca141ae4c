package io.taskgate.core.domain.model.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to set up a new account: sent by the identity provider's own e-mail ({@link Delivery#EMAIL}) or
 * handed over by the owner as a one-time activation code ({@link Delivery#CODE}, only its SHA-256 hash is stored).
 * The newest invitation of a member is the one that counts; a new one cancels the older ones.
 */
@Entity
@Table(name = "member_invitation")
public class Invitation {

    public enum Delivery { EMAIL, CODE }

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String delivery;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Invitation() {
    }

    public Invitation(String tenantId, String username, String subject, Delivery delivery, String codeHash,
                      String createdBy, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId;
        this.username = username;
        this.subject = subject;
        this.delivery = delivery.name();
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Pending: neither accepted nor cancelled (it may still have expired). */
    public boolean pending() {
        return acceptedAt == null && cancelledAt == null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void accept(Instant at) {
        if (acceptedAt == null) {
            acceptedAt = at;
        }
    }

    public void cancel(Instant at) {
        if (pending()) {
            cancelledAt = at;
        }
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String username() { return username; }
    public String subject() { return subject; }
    public Delivery delivery() { return Delivery.valueOf(delivery); }
    public String codeHash() { return codeHash; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant cancelledAt() { return cancelledAt; }
}

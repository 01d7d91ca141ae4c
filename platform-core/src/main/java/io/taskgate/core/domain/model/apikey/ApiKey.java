package io.taskgate.core.domain.model.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A personal API key. Only its SHA-256 hash is stored, next to the visible key id; keys are revoked
 * or expire, never deleted, so usage history stays attributable.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String name;

    private String tenants;
    private String tasks;
    private String endpoints;
    private String models;
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(String keyId, String secretHash, String subject, String username, String name, KeyGrant grant,
                  Instant createdAt, Instant expiresAt) {
        this.keyId = keyId;
        this.secretHash = secretHash;
        this.subject = subject;
        this.username = username;
        this.name = name;
        this.tenants = join(grant.tenants());
        this.tasks = join(grant.tasks());
        this.endpoints = join(grant.endpoints());
        this.models = join(grant.models());
        this.roles = join(grant.roles());
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String keyId() {
        return keyId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public KeyGrant grant() {
        return new KeyGrant(split(tenants), split(tasks), split(endpoints), split(models), split(roles));
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Shortens the key's life, e.g. to a grace period after rotation; never lengthens it. */
    public void expireNoLaterThan(Instant at) {
        if (at.isBefore(expiresAt)) {
            expiresAt = at;
        }
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    private static String join(Set<String> values) {
        return String.join(",", values);
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}

package io.taskgate.core.domain.model.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A person's place in one tenant: role, status, the tasks, endpoints and models granted, an optional access
 * expiry and limits. The gateway's record is authoritative: it is checked on every request, whatever the
 * caller's token still says.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(nullable = false)
    private String username;

    private String subject;
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    private String tasks;
    private String endpoints;
    private String models;

    @Column(name = "access_expires_at")
    private Instant accessExpiresAt;

    @Column(name = "daily_tokens")
    private Long dailyTokens;
    @Column(name = "monthly_tokens")
    private Long monthlyTokens;
    @Column(name = "budget_usd")
    private BigDecimal budgetUsd;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_period")
    private BudgetPeriod budgetPeriod;
    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;
    @Column(name = "tokens_per_minute")
    private Long tokensPerMinute;
    @Column(name = "max_tokens_per_request")
    private Long maxTokensPerRequest;
    @Column(name = "max_concurrent_streams")
    private Integer maxConcurrentStreams;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(String tenantId, String username, String email, MemberRole role, Instant now) {
        this.id = idOf(tenantId, username);
        this.tenantId = tenantId;
        this.username = username;
        this.email = email;
        this.role = role;
        this.status = MemberStatus.ACTIVE;
        this.tasks = "";
        this.endpoints = "";
        this.models = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static String idOf(String tenantId, String username) {
        return tenantId + "/" + username;
    }

    /** Why this member may not call now, if anything stops them. */
    public Optional<MemberDenial> denial(Instant now) {
        String where = "project '" + tenantId + "'";
        return switch (status) {
            case OFFBOARDED -> Optional.of(MemberDenial.of("membership_ended",
                    "Your access to " + where + " has ended. Contact the project owner if this is a mistake."));
            case BANNED, BLOCKED -> Optional.of(MemberDenial.of("access_blocked",
                    "Your access to " + where + " is blocked" + reasonSuffix() + ". Contact the project owner."));
            case SUSPENDED -> suspendedUntil != null && !now.isBefore(suspendedUntil) ? expiry(now)
                    : Optional.of(new MemberDenial(403, "access_suspended", "Your access to " + where
                    + " is suspended" + (suspendedUntil == null ? "" : " until " + suspendedUntil) + reasonSuffix()
                    + ". Contact the project owner.", suspendedUntil == null ? OptionalLong.empty()
                    : OptionalLong.of(Math.max(1, Duration.between(now, suspendedUntil).toSeconds()))));
            case ACTIVE -> expiry(now);
        };
    }

    private Optional<MemberDenial> expiry(Instant now) {
        if (accessExpiresAt != null && !now.isBefore(accessExpiresAt)) {
            return Optional.of(MemberDenial.of("access_expired", "Your access to project '" + tenantId
                    + "' expired at " + accessExpiresAt + ". Ask the project owner to extend it."));
        }
        return Optional.empty();
    }

    private String reasonSuffix() {
        return statusReason == null || statusReason.isBlank() ? "" : " (" + statusReason + ")";
    }

    public void changeStatus(MemberStatus newStatus, String reason, Instant until, Instant now) {
        this.status = newStatus;
        this.statusReason = reason;
        this.suspendedUntil = newStatus == MemberStatus.SUSPENDED ? until : null;
        this.updatedAt = now;
    }

    public void grant(Set<String> newTasks, Set<String> newEndpoints, Set<String> newModels, Instant now) {
        if (newTasks != null) {
            this.tasks = Csv.join(newTasks);
        }
        if (newEndpoints != null) {
            this.endpoints = Csv.join(newEndpoints);
        }
        if (newModels != null) {
            this.models = Csv.join(newModels);
        }
        this.updatedAt = now;
    }

    public void expireAccessAt(Instant at, Instant now) {
        this.accessExpiresAt = at;
        this.updatedAt = now;
    }

    public void limit(MemberLimits limits, Instant now) {
        this.dailyTokens = limits.dailyTokens();
        this.monthlyTokens = limits.monthlyTokens();
        this.budgetUsd = limits.budgetUsd();
        this.budgetPeriod = limits.budgetPeriod();
        this.requestsPerMinute = limits.requestsPerMinute();
        this.tokensPerMinute = limits.tokensPerMinute();
        this.maxTokensPerRequest = limits.maxTokensPerRequest();
        this.maxConcurrentStreams = limits.maxConcurrentStreams();
        this.updatedAt = now;
    }

    public void linkIdentity(String subject, String email, Instant now) {
        this.subject = subject;
        if (email != null) {
            this.email = email;
        }
        this.updatedAt = now;
    }

    public void changeRole(MemberRole newRole, Instant now) {
        this.role = newRole;
        this.updatedAt = now;
    }

    public MemberLimits limits() {
        return new MemberLimits(dailyTokens, monthlyTokens, budgetUsd, budgetPeriod, requestsPerMinute,
                tokensPerMinute, maxTokensPerRequest, maxConcurrentStreams);
    }

    public String id() { return id; }
    public String tenantId() { return tenantId; }
    public String username() { return username; }
    public String subject() { return subject; }
    public String email() { return email; }
    public MemberRole role() { return role; }
    public MemberStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public Instant suspendedUntil() { return suspendedUntil; }
    public Set<String> tasks() { return Csv.split(tasks); }
    public Set<String> endpoints() { return Csv.split(endpoints); }
    public Set<String> models() { return Csv.split(models); }
    public Instant accessExpiresAt() { return accessExpiresAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}

package io.taskgate.core.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One admin action: who did what to which object, when, and the object before and after (JSON). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private String id;

    @Column(name = "created_at", nullable = false)
    private Instant at;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private String targetId;

    @Lob
    @Column(name = "before_json")
    private String before;

    @Lob
    @Column(name = "after_json")
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String tenantId, String actor, String action, String targetType, String targetId,
                      String before, String after) {
        this.id = "aud_" + UUID.randomUUID().toString().replace("-", "");
        this.at = at;
        this.tenantId = tenantId;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.before = before;
        this.after = after;
    }

    public String id() { return id; }
    public Instant at() { return at; }
    public String tenantId() { return tenantId; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String targetType() { return targetType; }
    public String targetId() { return targetId; }
    public String before() { return before; }
    public String after() { return after; }
}

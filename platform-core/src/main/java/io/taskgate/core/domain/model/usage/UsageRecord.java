package io.taskgate.core.domain.model.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the usage ledger: every proxied request, allowed or refused. Never deleted. */
@Entity
@Table(name = "usage_record")
public class UsageRecord {

    @Id
    private String id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "tenant_id")
    private String tenantId;

    private String subject;
    private String username;

    @Column(name = "task_id")
    private String taskId;

    @Column(nullable = false)
    private String endpoint;

    private String model;

    @Column(nullable = false)
    private int status;

    @Column(name = "refusal_code")
    private String refusalCode;

    @Column(name = "prompt_text")
    private String promptText;

    @Column(name = "prompt_tokens", nullable = false)
    private long promptTokens;

    @Column(name = "completion_tokens", nullable = false)
    private long completionTokens;

    @Column(name = "usage_estimated", nullable = false)
    private boolean usageEstimated;

    @Column(name = "cost_usd", nullable = false, precision = 18, scale = 8)
    private BigDecimal costUsd;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    private String intent;

    @Column(nullable = false)
    private boolean streamed;

    @Column(name = "auth_kind")
    private String authKind;

    @Column(name = "key_id")
    private String keyId;

    /** When the row reached the ledger; set by the writer, null on rows written before it was recorded. */
    @Column(name = "written_at", insertable = false, updatable = false)
    private Instant writtenAt;

    protected UsageRecord() {
    }

    UsageRecord(UsageRecordBuilder b) {
        this.id = b.id;
        this.createdAt = b.createdAt;
        this.tenantId = b.tenantId;
        this.subject = b.subject;
        this.username = b.username;
        this.taskId = b.taskId;
        this.endpoint = b.endpoint;
        this.model = b.model;
        this.status = b.status;
        this.refusalCode = b.refusalCode;
        this.promptText = b.promptText;
        this.promptTokens = b.promptTokens;
        this.completionTokens = b.completionTokens;
        this.usageEstimated = b.usageEstimated;
        this.costUsd = b.costUsd;
        this.latencyMs = b.latencyMs;
        this.intent = b.intent;
        this.streamed = b.streamed;
        this.authKind = b.authKind;
        this.keyId = b.keyId;
    }

    public String id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String tenantId() {
        return tenantId;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String taskId() {
        return taskId;
    }

    public String endpoint() {
        return endpoint;
    }

    public String model() {
        return model;
    }

    public int status() {
        return status;
    }

    public String refusalCode() {
        return refusalCode;
    }

    public String promptText() {
        return promptText;
    }

    public long promptTokens() {
        return promptTokens;
    }

    public long completionTokens() {
        return completionTokens;
    }

    public BigDecimal costUsd() {
        return costUsd;
    }

    public long latencyMs() {
        return latencyMs;
    }

    public String intent() {
        return intent;
    }

    public boolean streamed() {
        return streamed;
    }

    public boolean usageEstimated() {
        return usageEstimated;
    }

    public String authKind() {
        return authKind;
    }

    public String keyId() {
        return keyId;
    }
}

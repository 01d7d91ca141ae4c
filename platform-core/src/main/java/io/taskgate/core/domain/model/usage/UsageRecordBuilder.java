package io.taskgate.core.domain.model.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Assembles a ledger row as a request makes its way through the gateway. */
public final class UsageRecordBuilder {

    String id = UUID.randomUUID().toString();
    Instant createdAt;
    String tenantId;
    String subject;
    String username;
    String taskId;
    String endpoint;
    String model;
    int status;
    String refusalCode;
    String promptText;
    long promptTokens;
    long completionTokens;
    boolean usageEstimated;
    BigDecimal costUsd = BigDecimal.ZERO;
    long latencyMs;
    String intent;
    boolean streamed;
    String authKind;
    String keyId;

    public UsageRecordBuilder(String id, Instant createdAt, String endpoint) {
        this.id = Objects.requireNonNull(id);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.endpoint = Objects.requireNonNull(endpoint);
    }

    public UsageRecordBuilder caller(String subject, String username, String authKind, String keyId) {
        this.subject = subject;
        this.username = username;
        this.authKind = authKind;
        this.keyId = keyId;
        return this;
    }

    public UsageRecordBuilder task(String tenantId, String taskId) {
        this.tenantId = tenantId;
        this.taskId = taskId;
        return this;
    }

    public UsageRecordBuilder model(String model) {
        this.model = model;
        return this;
    }

    public UsageRecordBuilder outcome(int status, String refusalCode) {
        this.status = status;
        this.refusalCode = refusalCode;
        return this;
    }

    public UsageRecordBuilder prompt(String text) {
        this.promptText = text;
        return this;
    }

    public UsageRecordBuilder usage(long prompt, long completion, boolean estimated) {
        this.promptTokens = prompt;
        this.completionTokens = completion;
        this.usageEstimated = estimated;
        return this;
    }

    public UsageRecordBuilder cost(BigDecimal usd) {
        this.costUsd = usd == null ? BigDecimal.ZERO : usd;
        return this;
    }

    public UsageRecordBuilder latencyMs(long ms) {
        this.latencyMs = ms;
        return this;
    }

    public UsageRecordBuilder intent(String intent) {
        this.intent = intent;
        return this;
    }

    public UsageRecordBuilder streamed(boolean streamed) {
        this.streamed = streamed;
        return this;
    }

    public UsageRecord build() {
        return new UsageRecord(this);
    }
}

package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** The JSON shapes of admin objects, shared by the REST API and the audit log's before/after. */
public final class Views {

    private Views() {
    }

    /** A key as the admin API and the audit log show it: never its secret or hash. */
    public static Map<String, Object> of(io.taskgate.core.domain.model.apikey.ApiKey key) {
        io.taskgate.core.domain.model.apikey.KeyGrant grant = key.grant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keyId", key.keyId());
        body.put("prefix", io.taskgate.core.domain.model.apikey.ApiKeySecret.PREFIX + key.keyId());
        body.put("name", key.name());
        body.put("username", key.username());
        body.put("tenants", grant.tenants());
        body.put("tasks", grant.tasks());
        body.put("endpoints", grant.endpoints());
        body.put("models", grant.models());
        body.put("createdAt", key.createdAt().toString());
        body.put("expiresAt", key.expiresAt().toString());
        body.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        return body;
    }

    public static Map<String, Object> of(Tenant tenant) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", tenant.id());
        view.put("name", tenant.name());
        view.put("timeZone", tenant.timeZone().getId());
        view.put("promptRetentionDays", tenant.promptRetentionDays());
        view.put("maxKeyLifetimeDays", tenant.maxKeyLifetimeDays().isPresent() ? tenant.maxKeyLifetimeDays().getAsInt() : null);
        return view;
    }

    public static Map<String, Object> of(Task task) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", task.id());
        view.put("tenantId", task.tenantId());
        view.put("name", task.name());
        view.put("description", task.description());
        view.put("open", task.isOpen());
        view.put("expectedIntents", new TreeSet<>(task.expectedIntents()));
        view.put("examples", task.examples());
        TaskQuota quota = task.quota();
        Map<String, Object> quotaView = new LinkedHashMap<>();
        quotaView.put("dailyTokens", quota.dailyTokens());
        quotaView.put("monthlyTokens", quota.monthlyTokens());
        quotaView.put("budgetUsd", quota.budgetUsd());
        quotaView.put("budgetPeriod", quota.budgetPeriod() == null ? null : quota.budgetPeriod().name());
        view.put("quota", quotaView);
        return view;
    }

    public static Map<String, Object> of(Membership m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("tenantId", m.tenantId());
        view.put("username", m.username());
        view.put("subject", m.subject());
        view.put("email", m.email());
        view.put("role", m.role().name());
        view.put("status", m.status().name());
        view.put("statusReason", m.statusReason());
        view.put("suspendedUntil", text(m.suspendedUntil()));
        view.put("tasks", m.tasks());
        view.put("endpoints", m.endpoints());
        view.put("models", m.models());
        view.put("accessExpiresAt", text(m.accessExpiresAt()));
        view.put("limits", of(m.limits()));
        view.put("createdAt", text(m.createdAt()));
        view.put("updatedAt", text(m.updatedAt()));
        return view;
    }

    public static Map<String, Object> of(MemberLimits limits) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("dailyTokens", limits.dailyTokens());
        view.put("monthlyTokens", limits.monthlyTokens());
        view.put("budgetUsd", limits.budgetUsd());
        view.put("budgetPeriod", limits.budgetPeriod() == null ? null : limits.budgetPeriod().name());
        view.put("requestsPerMinute", limits.requestsPerMinute());
        view.put("tokensPerMinute", limits.tokensPerMinute());
        view.put("maxTokensPerRequest", limits.maxTokensPerRequest());
        view.put("maxConcurrentStreams", limits.maxConcurrentStreams());
        return view;
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

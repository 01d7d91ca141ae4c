package io.taskgate.core.application.admin;

import io.taskgate.api.admin.ApiKeyView;
import io.taskgate.api.admin.CreatedTenant;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.IssuedKey;
import io.taskgate.api.admin.MemberAccountView;
import io.taskgate.api.admin.MemberLimitsView;
import io.taskgate.api.admin.MemberView;
import io.taskgate.api.admin.OnboardedMember;
import io.taskgate.api.admin.OnboardedOwner;
import io.taskgate.api.admin.TaskQuotaView;
import io.taskgate.api.admin.TaskView;
import io.taskgate.api.admin.TenantListing;
import io.taskgate.api.admin.TenantView;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The admin API's records ({@code io.taskgate.api.admin}) of admin objects, also written to the audit log's before/after. */
public final class Views {

    private Views() {
    }

    /** A key as the admin API and the audit log show it: never its secret or hash. */
    public static ApiKeyView of(ApiKey key) {
        KeyGrant grant = key.grant();
        return new ApiKeyView(key.keyId(), ApiKeySecret.PREFIX + key.keyId(), key.name(), key.username(),
                list(grant.tenants()), list(grant.tasks()), list(grant.endpoints()), list(grant.models()), key.createdAt().toString(),
                key.expiresAt().toString(), text(key.revokedAt()));
    }

    /** A key just issued, with its secret (shown once). */
    public static IssuedKey issued(ApiKey key, String secret) {
        ApiKeyView v = of(key);
        return new IssuedKey(v.keyId(), v.prefix(), v.name(), v.username(), v.tenants(), v.tasks(), v.endpoints(),
                v.models(), v.createdAt(), v.expiresAt(), v.revokedAt(), secret);
    }

    public static TenantView of(Tenant tenant) {
        return new TenantView(tenant.id(), tenant.name(), tenant.timeZone().getId(), tenant.promptRetentionDays(),
                tenant.maxKeyLifetimeDays().isPresent() ? tenant.maxKeyLifetimeDays().getAsInt() : null);
    }

    public static TenantListing listing(Tenant tenant, Standing standing) {
        TenantView v = of(tenant);
        return new TenantListing(v.id(), v.name(), v.timeZone(), v.promptRetentionDays(), v.maxKeyLifetimeDays(),
                standing.name());
    }

    public static CreatedTenant created(Tenant tenant, List<OnboardedOwner> owners) {
        TenantView v = of(tenant);
        return new CreatedTenant(v.id(), v.name(), v.timeZone(), v.promptRetentionDays(), v.maxKeyLifetimeDays(),
                owners);
    }

    public static TaskView of(Task task) {
        TaskQuota quota = task.quota();
        return new TaskView(task.id(), task.tenantId(), task.name(), task.description(), task.isOpen(),
                list(task.expectedIntents()), task.examples(),
                new TaskQuotaView(quota.dailyTokens(), quota.monthlyTokens(), quota.budgetUsd(),
                        quota.budgetPeriod() == null ? null : quota.budgetPeriod().name()));
    }

    public static MemberView of(Membership m) {
        return new MemberView(m.tenantId(), m.username(), m.subject(), m.email(), m.role().name(), m.status().name(),
                m.statusReason(), text(m.suspendedUntil()), list(m.tasks()), list(m.endpoints()), list(m.models()),
                text(m.accessExpiresAt()), of(m.limits()), text(m.createdAt()), text(m.updatedAt()));
    }

    /** A member with the state of their account (ACTIVE, INVITED or EXPIRED). */
    public static MemberAccountView withAccount(Membership m, String account) {
        MemberView v = of(m);
        return new MemberAccountView(v.tenantId(), v.username(), v.subject(), v.email(), v.role(), v.status(),
                v.statusReason(), v.suspendedUntil(), v.tasks(), v.endpoints(), v.models(), v.accessExpiresAt(),
                v.limits(), v.createdAt(), v.updatedAt(), account);
    }

    /** A person just onboarded, with how their identity was set up and their invitation (null: none went out). */
    public static OnboardedMember onboarded(Membership m, boolean identityCreated, boolean claimsSynced, String account,
                                            InvitationView invitation) {
        MemberView v = of(m);
        return new OnboardedMember(v.tenantId(), v.username(), v.subject(), v.email(), v.role(), v.status(),
                v.statusReason(), v.suspendedUntil(), v.tasks(), v.endpoints(), v.models(), v.accessExpiresAt(),
                v.limits(), v.createdAt(), v.updatedAt(), identityCreated, claimsSynced, account, invitation);
    }

    /** A new tenant's owner with their invitation (null: none went out). */
    public static OnboardedOwner owner(Membership m, InvitationView invitation) {
        MemberView v = of(m);
        return new OnboardedOwner(v.tenantId(), v.username(), v.subject(), v.email(), v.role(), v.status(),
                v.statusReason(), v.suspendedUntil(), v.tasks(), v.endpoints(), v.models(), v.accessExpiresAt(),
                v.limits(), v.createdAt(), v.updatedAt(), invitation);
    }

    public static MemberLimitsView of(MemberLimits limits) {
        return new MemberLimitsView(limits.dailyTokens(), limits.monthlyTokens(), limits.budgetUsd(),
                limits.budgetPeriod() == null ? null : limits.budgetPeriod().name(), limits.requestsPerMinute(),
                limits.tokensPerMinute(), limits.maxTokensPerRequest(), limits.maxConcurrentStreams());
    }

    /** A set as a list in its own iteration order, so that the JSON and whoever reads it keep that order. */
    /**
     * A grant's set as a list in alphabetical order: the sets behind it ({@code Set.of}) iterate in an order that
     * changes from one JVM run to the next, and the API and the console must show the same order every time.
     */
    static List<String> list(Collection<String> items) {
        return items.stream().sorted().toList();
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

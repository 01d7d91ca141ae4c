package io.taskgate.core.application.admin;

import io.taskgate.core.application.IdentityDirectory;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Onboards, changes and offboards members of a tenant. People are created or linked in the identity provider
 * first; the membership and its audit entry then commit together; claims are synced last, best effort,
 * because the gateway's record is what the request path checks.
 */
@ApplicationScoped
public class MemberAdministration {

    @Inject
    MembershipRepository members;

    @Inject
    MemberStore store;

    @Inject
    TenantAdministration tenants;

    @Inject
    IdentitySync identities;

    @Inject
    Invitations invitations;

    Clock clock = Clock.systemUTC();

    /** What an owner gives a new member; {@code null} grants fall back to the gateway's defaults. */
    public record Onboarding(String username, String email, String role, Set<String> tasks, Set<String> endpoints,
                             Set<String> models, String accessExpiresAt, MemberLimits limits) {
    }

    /** Changes to a member; {@code null} fields are left as they are. */
    public record MemberChange(String status, String reason, String suspendedUntil, Set<String> tasks,
                               Set<String> endpoints, Set<String> models, String accessExpiresAt, String role) {
    }

    /**
     * The result of onboarding one person: the membership, whether the identity was new, and for a new identity the
     * invitation to set a password (shown to the owner once; null for a person who already had an account).
     */
    public record Onboarded(Membership membership, boolean identityCreated, boolean claimsSynced,
                            Invitations.Issued invitation) {
        public Onboarded(Membership membership, boolean identityCreated, boolean claimsSynced) {
            this(membership, identityCreated, claimsSynced, null);
        }
    }

    public Onboarded onboard(String actor, Tenant tenant, Onboarding request) {
        String username = Inputs.username(request.username());
        String email = Inputs.email(request.email());
        MemberRole role = role(request.role() == null ? "CONTRACTOR" : request.role());
        Set<String> tasks = tasks(tenant, request.tasks() == null ? Set.of() : request.tasks());
        Set<String> endpoints = Inputs.endpoints(request.endpoints() == null ? identities.defaultEndpoints() : request.endpoints());
        Set<String> models = Inputs.names(request.models() == null ? identities.defaultModels() : request.models(), "models");
        Instant expires = Inputs.instant(request.accessExpiresAt(), "accessExpiresAt");
        MemberLimits limits = limits(request.limits() == null ? MemberLimits.UNLIMITED : request.limits());
        if (members.find(tenant.id(), username).isPresent()) {
            throw AdminProblem.conflict("member_exists", "'" + username + "' is already a member of '" + tenant.id()
                    + "'. Change the membership instead.");
        }
        IdentityDirectory.Identity identity = identities.ensureUser(username, email);
        Instant now = clock.instant();
        Membership membership = new Membership(tenant.id(), username, email, role, now);
        membership.linkIdentity(identity.subject(), email, now);
        membership.grant(tasks, endpoints, models, now);
        membership.expireAccessAt(expires, now);
        membership.limit(limits, now);
        Membership saved = store.create(actor, membership);
        boolean synced = identities.syncClaims(saved);
        Invitations.Issued invitation = identity.created() ? invitations.invite(actor, saved) : null;
        return new Onboarded(saved, identity.created(), synced, invitation);
    }

    public Membership change(String actor, Tenant tenant, String username, MemberChange change) {
        MemberStatus status = change.status() == null ? null : status(change.status());
        Instant until = Inputs.instant(change.suspendedUntil(), "suspendedUntil");
        if (status == MemberStatus.SUSPENDED && until == null) {
            throw AdminProblem.invalid("A suspension needs suspendedUntil (an ISO-8601 instant).");
        }
        Set<String> tasks = change.tasks() == null ? null : tasks(tenant, change.tasks());
        Set<String> endpoints = Inputs.endpoints(change.endpoints());
        Set<String> models = Inputs.names(change.models(), "models");
        MemberRole role = change.role() == null ? null : role(change.role());
        String reason = Inputs.text(change.reason(), "reason", 1000, false);
        Instant now = clock.instant();
        String action = status == null ? "member.update" : "member." + status.name().toLowerCase(java.util.Locale.ROOT);
        Membership saved = store.change(actor, tenant.id(), username, action, m -> {
            if (status != null) {
                m.changeStatus(status, reason, until, now);
            }
            m.grant(tasks, endpoints, models, now);
            if (change.accessExpiresAt() != null) {
                m.expireAccessAt(change.accessExpiresAt().isBlank() ? null : Inputs.instant(change.accessExpiresAt(), "accessExpiresAt"), now);
            }
            if (role != null) {
                m.changeRole(role, now);
            }
        });
        identities.syncClaims(saved);
        if (status != null) {
            invitations.endSessionsIfRemoved(saved); // a blocked or removed person's console session ends with it
        }
        return saved;
    }

    public Membership limit(String actor, Tenant tenant, String username, MemberLimits limits) {
        MemberLimits checked = limits(limits == null ? MemberLimits.UNLIMITED : limits);
        return store.change(actor, tenant.id(), username, "member.limits", m -> m.limit(checked, clock.instant()));
    }

    public Membership member(Tenant tenant, String username) {
        return members.find(tenant.id(), username).orElseThrow(() -> AdminProblem.notFound("Member '" + username + "'"));
    }

    private Set<String> tasks(Tenant tenant, Set<String> taskIds) {
        taskIds.forEach(id -> tenants.task(tenant, id));
        return taskIds;
    }

    private static MemberLimits limits(MemberLimits limits) {
        if (!limits.problems().isEmpty()) {
            throw AdminProblem.invalid("Invalid limits: " + String.join("; ", limits.problems()) + ".");
        }
        return limits;
    }

    private static MemberRole role(String value) {
        try {
            return MemberRole.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AdminProblem.invalid("role must be OWNER or CONTRACTOR.");
        }
    }

    private static MemberStatus status(String value) {
        try {
            return MemberStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AdminProblem.invalid("status must be one of ACTIVE, SUSPENDED, BLOCKED, BANNED, OFFBOARDED.");
        }
    }
}

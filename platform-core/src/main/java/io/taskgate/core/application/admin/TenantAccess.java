package io.taskgate.core.application.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Tenant scoping for the admin API. Someone outside a tenant learns nothing about it (404, as if it did not
 * exist); a member who is not an owner gets 403 for owner functions. The membership record decides, not the token.
 */
@ApplicationScoped
public class TenantAccess {

    public static final String PLATFORM_ADMIN_ROLE = "platform-admin";

    @Inject
    TenantRepository tenants;

    @Inject
    MembershipRepository members;

    public Standing standing(Caller caller, String tenantId) {
        if (caller.roles().contains(PLATFORM_ADMIN_ROLE)) {
            return Standing.PLATFORM_ADMIN;
        }
        Optional<Membership> membership = members.find(tenantId, caller.username());
        if (membership.isEmpty() || membership.get().status() == MemberStatus.OFFBOARDED
                || membership.get().status() == MemberStatus.BANNED) {
            return Standing.OUTSIDER;
        }
        return membership.get().role() == MemberRole.OWNER && membership.get().status() == MemberStatus.ACTIVE
                ? Standing.OWNER : Standing.MEMBER;
    }

    /** The tenant, if the caller may manage it; 404 for outsiders (and unknown ids), 403 for plain members. */
    public Tenant requireManager(Caller caller, String tenantId) {
        Standing standing = standing(caller, tenantId);
        Tenant tenant = standing == Standing.OUTSIDER ? null : tenants.find(tenantId).orElse(null);
        if (tenant == null) {
            throw AdminProblem.notFound("Tenant '" + tenantId + "'");
        }
        if (!standing.manages()) {
            throw AdminProblem.forbidden("Only the owners of '" + tenantId + "' may do this.");
        }
        return tenant;
    }

    public void requirePlatformAdmin(Caller caller) {
        if (!caller.roles().contains(PLATFORM_ADMIN_ROLE)) {
            throw AdminProblem.forbidden("Only a platform admin may do this.");
        }
    }
}

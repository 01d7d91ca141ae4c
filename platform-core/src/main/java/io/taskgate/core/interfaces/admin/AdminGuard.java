package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.TenantAccess;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Admin API entry check: a sign-in token (not an API key) and the caller's standing in the tenant named in the path. */
@ApplicationScoped
public class AdminGuard {

    @Inject
    CallerResolver callers;

    @Inject
    TenantAccess access;

    /** A caller allowed to manage one tenant, and that tenant. */
    public record Managing(Caller caller, Tenant tenant) {
        public String actor() {
            return caller.username();
        }
    }

    public Managing manage(String authorization, String tenantId) {
        Caller caller = callers.requireToken(authorization);
        return new Managing(caller, access.requireManager(caller, tenantId));
    }

    public Caller platformAdmin(String authorization) {
        Caller caller = callers.requireToken(authorization);
        access.requirePlatformAdmin(caller);
        return caller;
    }

    public Caller signedIn(String authorization) {
        return callers.requireToken(authorization);
    }
}

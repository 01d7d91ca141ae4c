package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling the admin API and, on a {@link TenantManager} route, the tenant they manage: set once per request
 * by {@link AdminAuthorization} before the resource method runs, read by the resource.
 */
@RequestScoped
public class AdminContext {

    private Caller caller;
    private Tenant tenant;

    void admit(AdminAuthorization.Admission admission) {
        this.caller = admission.caller();
        this.tenant = admission.tenant();
    }

    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("No caller: the route declares no sign-in.");
        }
        return caller;
    }

    /** The tenant named in the path, which the caller may manage. */
    public Tenant tenant() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant: the route is not a @TenantManager route.");
        }
        return tenant;
    }

    /** The name written to the audit log for what the caller does. */
    public String actor() {
        return caller().username();
    }
}

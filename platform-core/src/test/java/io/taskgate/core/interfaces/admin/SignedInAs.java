package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.TenantAccess;

import java.util.Set;

/** Admits test callers through {@link AdminAuthorization} the way the filter does, with the username as the token. */
final class SignedInAs {

    private SignedInAs() {
    }

    /** Reads the token as a username and signs that person in, with the given realm roles. */
    static CallerResolver tokens(String... roles) {
        return new CallerResolver() {
            @Override
            public Caller require(String authorization) {
                return new Caller("s-" + authorization, authorization, Caller.AuthKind.TOKEN, null, Set.of(),
                        Set.of(), Set.of(), Set.of(), Set.of(roles));
            }
        };
    }

    /** The context a {@link TenantManager} route gets for this person and tenant, or the filter's refusal. */
    static AdminContext managing(TenantAccess access, String username, String tenantId) {
        AdminAuthorization authorization = new AdminAuthorization();
        authorization.callers = tokens();
        authorization.access = access;
        AdminContext context = new AdminContext();
        context.admit(authorization.admit(MembersResource.class.getAnnotation(TenantManager.class), username, tenantId));
        return context;
    }
}

package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.TenantAccess;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;

/**
 * The admin API's one authorization check. Each resource declares who may call it ({@link PublicAccess},
 * {@link AnyCredential}, {@link SignedIn}, {@link PlatformAdmin}, {@link TenantManager}, on the class or a method);
 * this filter authenticates the credential, checks the role or tenant scope and hands the caller (and the managed
 * tenant) to the resource through {@link AdminContext}. Refusals are the OpenAI-format errors of
 * {@link CallerResolver} and {@link TenantAccess}. A route that declares no rule is refused: nothing is open by
 * omission. (One filter reads the annotation rather than binding by name, because a filter bound to several
 * name-binding annotations runs only where all of them are present.)
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class AdminAuthorization implements ContainerRequestFilter {

    static final String TENANT_PARAMETER = "tenantId";

    @Inject
    CallerResolver callers;

    @Inject
    TenantAccess access;

    @Inject
    AdminContext context;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Annotation rule = AccessRules.of(resource.getResourceClass(), resource.getResourceMethod());
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String tenantId = request.getUriInfo().getPathParameters().getFirst(TENANT_PARAMETER);
        context.admit(admit(rule, authorization, tenantId));
    }

    /** Who was let in: the caller (null on {@link PublicAccess} routes) and the managed tenant (or null). */
    record Admission(Caller caller, Tenant tenant) {
    }

    /** Applies one rule to a request's credential and tenant path parameter; throws the refusal. */
    Admission admit(Annotation rule, String authorization, String tenantId) {
        if (rule instanceof PublicAccess) {
            return new Admission(null, null);
        }
        if (rule instanceof AnyCredential) {
            return new Admission(callers.require(authorization), null);
        }
        if (rule instanceof SignedIn signedIn) {
            return new Admission(callers.requireToken(authorization, signedIn.anyRole()), null);
        }
        if (rule instanceof PlatformAdmin) {
            Caller caller = callers.requireToken(authorization);
            access.requirePlatformAdmin(caller);
            return new Admission(caller, null);
        }
        if (rule instanceof TenantManager) {
            Caller caller = callers.requireToken(authorization);
            return new Admission(caller, access.requireManager(caller, tenantId));
        }
        throw AdminProblem.forbidden("This endpoint declares no access rule.");
    }
}

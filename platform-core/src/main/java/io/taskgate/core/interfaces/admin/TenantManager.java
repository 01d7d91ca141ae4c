package io.taskgate.core.interfaces.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sign-in token of someone who may manage the tenant named by the {@code {tenantId}} path parameter: its active
 * owners and the platform admin. Outsiders (and unknown tenants) get 404, plain members 403.
 * Read by {@link AdminAuthorization}; a method's rule replaces its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantManager {}

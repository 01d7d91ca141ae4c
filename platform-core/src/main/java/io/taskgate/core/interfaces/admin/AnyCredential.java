package io.taskgate.core.interfaces.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any valid credential: a sign-in token or an API key (the caller's own records).
 * Read by {@link AdminAuthorization}; a method's rule replaces its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyCredential {}

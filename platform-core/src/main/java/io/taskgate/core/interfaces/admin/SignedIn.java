package io.taskgate.core.interfaces.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sign-in token (not an API key), optionally with one of the given realm roles.
 * Read by {@link AdminAuthorization}; a method's rule replaces its class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SignedIn {

    /** Realm roles of which the caller needs one; empty: any signed-in person. */
    String[] anyRole() default {};
}

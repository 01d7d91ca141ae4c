package io.taskgate.core.interfaces.admin;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;

/** Finds the access rule that applies to a resource method: its own, else its class's; null when none is declared. */
final class AccessRules {

    static final List<Class<? extends Annotation>> TYPES = List.of(PublicAccess.class, AnyCredential.class,
            SignedIn.class, PlatformAdmin.class, TenantManager.class);

    private AccessRules() {
    }

    static Annotation of(Class<?> resourceClass, Method method) {
        List<Annotation> own = declared(method);
        if (!own.isEmpty()) {
            return own.size() == 1 ? own.get(0) : null;
        }
        List<Annotation> inherited = resourceClass == null ? List.of() : declared(resourceClass);
        return inherited.size() == 1 ? inherited.get(0) : null;
    }

    /** The access annotations on a method or class (more than one is a mistake that admits nobody). */
    static List<Annotation> declared(AnnotatedElement element) {
        if (element == null) {
            return List.of();
        }
        return TYPES.stream().<Annotation>map(element::getAnnotation).filter(a -> a != null).toList();
    }
}

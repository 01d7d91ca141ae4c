package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.IdentityDirectory.Claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user-profile attributes {@code tenants}, {@code tasks}, {@code endpoints} and {@code models} that the
 * realm's {@code taskgate-claims} scope maps into tokens. Other attributes are kept; an empty set removes the
 * attribute, so the token carries no claim (rather than an empty array), as for the demo users.
 */
final class ClaimAttributes {

    static final List<String> NAMES = List.of("tenants", "tasks", "endpoints", "models");

    private ClaimAttributes() {
    }

    /** A copy of {@code existing} with the four claim attributes replaced by {@code claims} (values sorted). */
    static Map<String, List<String>> merge(Map<String, List<String>> existing, Claims claims) {
        Map<String, List<String>> out = existing == null ? new HashMap<>() : new HashMap<>(existing);
        put(out, "tenants", claims.tenants());
        put(out, "tasks", claims.tasks());
        put(out, "endpoints", claims.endpoints());
        put(out, "models", claims.models());
        return out;
    }

    private static void put(Map<String, List<String>> attributes, String name, Set<String> values) {
        if (values.isEmpty()) {
            attributes.remove(name);
        } else {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            attributes.put(name, sorted);
        }
    }
}

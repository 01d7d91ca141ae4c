package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Caller;

import java.util.HashSet;
import java.util.Set;

/** Maps Keycloak access-token claims ({@code tenants}, {@code tasks}, {@code endpoints}, {@code models}) to a caller. */
final class TokenClaims {

    private TokenClaims() {
    }

    static Caller toCaller(JsonNode claims) {
        return new Caller(claims.path("sub").asText(),
                claims.path("preferred_username").asText(null),
                Caller.AuthKind.TOKEN, null,
                strings(claims.path("tenants")),
                strings(claims.path("tasks")),
                strings(claims.path("endpoints")),
                strings(claims.path("models")),
                strings(claims.path("realm_access").path("roles")));
    }

    /** A claim as a set: a JSON array, a single string, or (Keycloak's single-valued mapper) a comma list. */
    static Set<String> strings(JsonNode node) {
        Set<String> values = new HashSet<>();
        if (node.isArray()) {
            node.forEach(v -> addAll(values, v.asText()));
        } else if (node.isTextual()) {
            addAll(values, node.asText());
        }
        return values;
    }

    private static void addAll(Set<String> values, String text) {
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                values.add(part.trim());
            }
        }
    }
}

package io.taskgate.core.application;

import java.util.Set;

/**
 * The identity provider as the core sees it (Keycloak in production): people are created or found there,
 * and their token claims are kept in step with the gateway's membership records. Every method fails with
 * {@link IdentityProviderUnavailableException} when the provider cannot be reached (callers answer 503).
 */
public interface IdentityDirectory {

    /** A person known to the identity provider; {@code created} tells whether this call created them. */
    record Identity(String subject, String username, String email, boolean created) {
    }

    /** The claims a person's tokens should carry: the union over all their active memberships. */
    record Claims(Set<String> tenants, Set<String> tasks, Set<String> endpoints, Set<String> models) {
        public Claims {
            tenants = Set.copyOf(tenants);
            tasks = Set.copyOf(tasks);
            endpoints = Set.copyOf(endpoints);
            models = Set.copyOf(models);
        }
    }

    /**
     * Finds the user by username, or creates them with this email, the {@code contractor} role and a required
     * action to set a password. Fails with {@link IllegalArgumentException} (message fit for a person) when the
     * username or email is rejected, e.g. the email belongs to another user.
     */
    Identity ensureUser(String username, String email);

    /** Writes the claims as the user's attributes, replacing earlier values. */
    void updateClaims(String subject, Claims claims);
}

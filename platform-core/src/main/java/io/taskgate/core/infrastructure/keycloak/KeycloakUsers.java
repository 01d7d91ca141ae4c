package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.IdentityProviderUnavailableException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The admin-API steps {@link KeycloakIdentityDirectory} is made of. */
final class KeycloakUsers {

    private KeycloakUsers() {
    }

    /** The user with exactly this (lower-case) username; Keycloak's exact search ignores case. */
    static Optional<UserRepresentation> findExact(UsersResource users, String name) {
        return users.searchByUsername(name, true).stream()
                .filter(u -> name.equals(u.getUsername().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Enabled, email not verified, no credentials, must set a password first. */
    static UserRepresentation newUser(String name, String mail) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(name);
        rep.setEmail(mail);
        rep.setEmailVerified(false);
        rep.setEnabled(true);
        rep.setRequiredActions(List.of("UPDATE_PASSWORD"));
        return rep;
    }

    /**
     * Maps the realm role {@code role} to the user. The service account may not read {@code /roles} (that needs
     * {@code view-realm}), so the role is taken from the roles it may map to this user.
     */
    static void grantRealmRole(UserResource user, String role, String realm) {
        RoleRepresentation found = user.roles().realmLevel().listAvailable().stream()
                .filter(r -> role.equals(r.getName()))
                .findFirst()
                .orElseThrow(() -> new IdentityProviderUnavailableException("Realm '" + realm + "' has no realm role '"
                        + role + "' the gateway may assign: check the realm configuration.", null));
        user.roles().realmLevel().add(List.of(found));
    }

    /** The answer's body as text, readable again afterwards; empty if none. */
    static String body(Response answer) {
        if (!answer.hasEntity()) {
            return "";
        }
        answer.bufferEntity();
        return answer.readEntity(String.class);
    }
}

package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.IdentityDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.Optional;

import static io.taskgate.core.infrastructure.keycloak.KeycloakUsers.body;
import static io.taskgate.core.infrastructure.keycloak.KeycloakUsers.findExact;

/**
 * {@link IdentityDirectory} on the Keycloak admin API, as the gateway's service account (realm-management role
 * {@code manage-users} only). New people get the realm role {@value #ROLE}, no password and the required action
 * {@code UPDATE_PASSWORD}; people found by username are linked as they are. Claims are the user-profile
 * attributes of {@link ClaimAttributes}.
 */
@ApplicationScoped
public class KeycloakIdentityDirectory implements IdentityDirectory {

    static final String ROLE = "contractor";

    private KeycloakAdmin admin;

    /** For CDI's client proxy only. */
    protected KeycloakIdentityDirectory() {
    }

    @Inject
    public KeycloakIdentityDirectory(KeycloakAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Identity ensureUser(String username, String email) {
        String name = UserInput.username(username);
        String mail = UserInput.email(email);
        return admin.call("creating or finding user '" + name + "'", () -> {
            UsersResource users = admin.realm().users();
            Optional<UserRepresentation> existing = findExact(users, name);
            if (existing.isPresent()) {
                return identity(existing.get(), false);
            }
            String id;
            try (Response answer = users.create(KeycloakUsers.newUser(name, mail))) {
                if (answer.getStatus() == 409 && body(answer).contains(KeycloakErrors.USERNAME_EXISTS)) {
                    return identity(findExact(users, name).orElseThrow(), false); // created concurrently
                }
                if (answer.getStatus() != 201) {
                    throw KeycloakErrors.creationRefused(answer.getStatus(), body(answer), name, mail,
                            admin.settings().clientId());
                }
                id = CreatedResponseUtil.getCreatedId(answer);
            }
            try {
                KeycloakUsers.grantRealmRole(users.get(id), ROLE, admin.settings().realm());
            } catch (RuntimeException e) {
                try {
                    users.delete(id).close(); // no half-made people: a user without the role is removed again
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            return new Identity(id, name, mail, true);
        });
    }

    @Override
    public void updateClaims(String subject, Claims claims) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A user's subject (Keycloak user id) is required.");
        }
        admin.call("updating the claims of user " + subject, () -> {
            UserResource user = admin.realm().users().get(subject);
            UserRepresentation rep;
            try {
                rep = user.toRepresentation();
            } catch (NotFoundException e) {
                throw new IllegalArgumentException("Keycloak has no user with id '" + subject + "'.");
            }
            rep.setAttributes(ClaimAttributes.merge(rep.getAttributes(), claims));
            user.update(rep); // one write: the four claims change together, other attributes and details stay
            return null;
        });
    }

    private static Identity identity(UserRepresentation user, boolean created) {
        return new Identity(user.getId(), user.getUsername(), user.getEmail(), created);
    }
}

package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.admin.AccountActions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AccountActions} on the Keycloak admin API, as the gateway's service account ({@code manage-users} allows
 * each of these calls):
 * {@code PUT /users/{id}/execute-actions-email} (Keycloak's own e-mail, through the realm's SMTP settings),
 * {@code PUT /users/{id}/reset-password} (a permanent password) plus removing the required action
 * {@code UPDATE_PASSWORD}, {@code GET /users/{id}} (pending required actions) and {@code POST /users/{id}/logout}
 * (removes every session and sets the user's not-before, so refresh and offline tokens issued earlier stop working).
 */
@ApplicationScoped
public class KeycloakAccountActions implements AccountActions {

    static final List<String> SETUP_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private KeycloakAdmin admin;

    /** For CDI's client proxy only. */
    protected KeycloakAccountActions() {
    }

    @Inject
    public KeycloakAccountActions(KeycloakAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void sendSetupEmail(String subject, String clientId, String redirectUri, Duration lifespan) {
        int seconds = (int) Math.min(Integer.MAX_VALUE, lifespan.toSeconds());
        admin.call("sending the set-up e-mail to user " + subject + " (check the realm's SMTP settings)", () -> {
            user(subject).executeActionsEmail(clientId, redirectUri, seconds, SETUP_ACTIONS);
            return null;
        });
    }

    @Override
    public void setPassword(String subject, String password) {
        admin.call("setting the password of user " + subject, () -> {
            UserResource user = user(subject);
            UserRepresentation rep = representation(user, subject);
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            user.resetPassword(credential);
            List<String> actions = new ArrayList<>(rep.getRequiredActions() == null ? List.of() : rep.getRequiredActions());
            if (actions.remove("UPDATE_PASSWORD")) {
                UserRepresentation change = representation(user, subject);
                change.setRequiredActions(actions);
                user.update(change);
            }
            return null;
        });
    }

    @Override
    public boolean setUpComplete(String subject) {
        return admin.call("reading user " + subject, () -> {
            UserRepresentation rep = representation(user(subject), subject);
            return rep.getRequiredActions() == null || rep.getRequiredActions().isEmpty();
        });
    }

    @Override
    public void endSessions(String subject) {
        admin.call("ending the sessions of user " + subject, () -> {
            try {
                user(subject).logout();
            } catch (NotFoundException e) {
                // no such user: no sessions to end
            }
            return null;
        });
    }

    private UserResource user(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A user's subject (Keycloak user id) is required.");
        }
        return admin.realm().users().get(subject);
    }

    private static UserRepresentation representation(UserResource user, String subject) {
        try {
            return user.toRepresentation();
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("Keycloak has no user with id '" + subject + "'.");
        }
    }
}

package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.IdentityProviderUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * Turns Keycloak admin API answers into exceptions a caller can act on: a rejected username or email becomes an
 * {@link IllegalArgumentException} (the person must change their input, HTTP 400/409), anything that says
 * Keycloak is unreachable, failing or refusing the gateway's own credentials becomes an
 * {@link IdentityProviderUnavailableException} (HTTP 503). Messages never carry stack traces or secrets.
 */
public final class KeycloakErrors {

    static final String EMAIL_EXISTS = "User exists with same email";
    static final String USERNAME_EXISTS = "User exists with same username";

    private KeycloakErrors() {
    }

    /** Keycloak's answer to creating {@code username} with {@code email}, status not 201. */
    public static RuntimeException creationRefused(int status, String body, String username, String email, String clientId) {
        if (status == 409 && body != null && body.contains(EMAIL_EXISTS)) {
            return new IllegalArgumentException("The email address '" + email + "' already belongs to another user: "
                    + "invite that person by their own username, or use another email address for '" + username + "'.");
        }
        if (status == 400) {
            return new IllegalArgumentException("Keycloak rejected the new user '" + username + "': "
                    + ValidationMessages.describe(body) + ".");
        }
        return status(status, body, "creating user '" + username + "'", clientId);
    }

    /** An admin-client call that failed with an HTTP status. */
    public static RuntimeException answered(WebApplicationException e, String action, String clientId) {
        Response response = e.getResponse();
        String body = null;
        try {
            if (response != null && response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException ignored) {
            // the status alone still says enough
        }
        RuntimeException translated = status(response == null ? 500 : response.getStatus(), body, action, clientId);
        translated.addSuppressed(e);
        return translated;
    }

    /** Any other unexpected status of the admin API while doing {@code action}. */
    public static RuntimeException status(int status, String body, String action, String clientId) {
        if (status == 401) {
            return new IdentityProviderUnavailableException("Keycloak refused the gateway's credentials (client '" + clientId
                    + "') while " + action + ": check KEYCLOAK_ADMIN_CLIENT_ID and KEYCLOAK_ADMIN_CLIENT_SECRET.", null);
        }
        if (status == 403) {
            return new IdentityProviderUnavailableException("The service account of client '" + clientId
                    + "' may not do this (" + action + "): give it the realm-management role 'manage-users'.", null);
        }
        if (status == 409) {
            return new IllegalArgumentException("Keycloak refused " + action + ": " + ValidationMessages.text(body) + ".");
        }
        if (status >= 400 && status < 500) {
            return new IllegalArgumentException("Keycloak refused " + action + " (HTTP " + status + "): "
                    + ValidationMessages.describe(body) + ".");
        }
        return new IdentityProviderUnavailableException("Keycloak failed while " + action + " (HTTP " + status
                + "); try again later.", null);
    }

    /** Keycloak could not be reached or did not answer in time. */
    public static IdentityProviderUnavailableException unreachable(String serverUrl, String action, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new IdentityProviderUnavailableException("Keycloak at " + serverUrl + " is not reachable (" + why + ") while "
                + action + "; try again when it is back.", cause);
    }
}

package io.taskgate.core.infrastructure.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.IdentityProviderUnavailableException;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Keycloak admin API answers into exceptions a caller can act on: a rejected username or email becomes an
 * {@link IllegalArgumentException} (the person must change their input, HTTP 400/409), anything that says
 * Keycloak is unreachable, failing or refusing the gateway's own credentials becomes an
 * {@link IdentityProviderUnavailableException} (HTTP 503). Messages never carry stack traces or secrets.
 */
public final class KeycloakErrors {

    static final String EMAIL_EXISTS = "User exists with same email";
    static final String USERNAME_EXISTS = "User exists with same username";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakErrors() {
    }

    /** Keycloak's answer to creating {@code username} with {@code email}, status not 201. */
    public static RuntimeException creationRefused(int status, String body, String username, String email, String clientId) {
        if (status == 409 && body != null && body.contains(EMAIL_EXISTS)) {
            return new IllegalArgumentException("The email address '" + email + "' already belongs to another user: "
                    + "invite that person by their own username, or use another email address for '" + username + "'.");
        }
        if (status == 400) {
            return new IllegalArgumentException("Keycloak rejected the new user '" + username + "': " + validation(body) + ".");
        }
        return status(status, body, "creating user '" + username + "'", clientId);
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
            return new IllegalArgumentException("Keycloak refused " + action + ": " + text(body) + ".");
        }
        if (status >= 400 && status < 500) {
            return new IllegalArgumentException("Keycloak refused " + action + " (HTTP " + status + "): " + validation(body) + ".");
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

    /**
     * Keycloak's validation answer in words: {@code {"field":"username","errorMessage":"error-invalid-length",
     * "params":["username",3,255]}} or {@code {"errors":[...]}} or {@code {"errorMessage":"..."}}.
     */
    static String validation(String body) {
        JsonNode root = parse(body);
        if (root == null) {
            return text(body);
        }
        List<String> parts = new ArrayList<>();
        if (root.path("errors").isArray()) {
            root.path("errors").forEach(e -> parts.add(fieldError(e)));
        } else if (root.has("errorMessage")) {
            parts.add(fieldError(root));
        } else if (root.has("error_description") || root.has("error")) {
            parts.add(root.path("error_description").asText(root.path("error").asText()));
        }
        return parts.isEmpty() ? text(body) : String.join("; ", parts);
    }

    private static String fieldError(JsonNode error) {
        String field = error.path("field").asText("");
        String key = error.path("errorMessage").asText("");
        JsonNode params = error.path("params");
        String what = switch (key) {
            case "error-invalid-length" -> params.size() >= 3
                    ? "must be " + params.get(1).asText() + " to " + params.get(2).asText() + " characters long"
                    : "has an invalid length";
            case "error-username-invalid-character", "error-invalid-username" ->
                    "contains characters that are not allowed (use letters, digits and . _ - @)";
            case "error-invalid-email", "invalidEmailMessage" -> "is not a valid email address";
            case "error-user-attribute-required", "missingUsernameMessage", "missingEmailMessage" -> "is required";
            case "error-username-invalid-homograph" -> "mixes alphabets in a way that can impersonate another name";
            default -> key.isEmpty() ? "is not valid" : key;
        };
        return field.isEmpty() ? what : field + " " + what;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(String body) {
        JsonNode root = parse(body);
        if (root != null && root.has("errorMessage")) {
            return root.path("errorMessage").asText();
        }
        if (body == null || body.isBlank()) {
            return "no details";
        }
        String s = body.strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}

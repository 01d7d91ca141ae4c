package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.IdentityProviderUnavailableException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakErrorsTest {

    @Test
    void anEmailOfAnotherUserIsTheCallersToFix() {
        RuntimeException e = KeycloakErrors.creationRefused(409, "{\"errorMessage\":\"User exists with same email\"}",
                "dave", "bob@acme.example", "taskgate-gateway");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertTrue(e.getMessage().contains("'bob@acme.example' already belongs to another user"), e.getMessage());
    }

    @Test
    void validationAnswersAreSpelledOut() {
        RuntimeException length = KeycloakErrors.creationRefused(400,
                "{\"field\":\"username\",\"errorMessage\":\"error-invalid-length\",\"params\":[\"username\",3,255]}",
                "ab", "ab@x.example", "c");
        assertInstanceOf(IllegalArgumentException.class, length);
        assertTrue(length.getMessage().contains("username must be 3 to 255 characters long"), length.getMessage());

        RuntimeException both = KeycloakErrors.creationRefused(400, "{\"errors\":["
                        + "{\"field\":\"email\",\"errorMessage\":\"error-invalid-email\",\"params\":[\"email\",\"x\"]},"
                        + "{\"field\":\"username\",\"errorMessage\":\"error-username-invalid-character\",\"params\":[\"username\"]}]}",
                "a b", "x", "c");
        assertTrue(both.getMessage().contains("email is not a valid email address"), both.getMessage());
        assertTrue(both.getMessage().contains("username contains characters that are not allowed"), both.getMessage());
    }

    @Test
    void unknownValidationKeysAndNonJsonBodiesStillSaySomething() {
        assertEquals("field x error-something-new",
                ValidationMessages.describe("{\"field\":\"field x\",\"errorMessage\":\"error-something-new\"}"));
        assertEquals("<html>oops</html>", ValidationMessages.describe("<html>oops</html>"));
        assertEquals("no details", ValidationMessages.describe(null));
    }

    @Test
    void wrongCredentialsAndMissingRolesAreTheOperatorsToFix() {
        RuntimeException unauthorized = KeycloakErrors.status(401, "{\"error\":\"unauthorized_client\"}", "counting users", "gw");
        assertInstanceOf(IdentityProviderUnavailableException.class, unauthorized);
        assertTrue(unauthorized.getMessage().contains("KEYCLOAK_ADMIN_CLIENT_SECRET"), unauthorized.getMessage());
        RuntimeException forbidden = KeycloakErrors.status(403, "", "counting users", "gw");
        assertInstanceOf(IdentityProviderUnavailableException.class, forbidden);
        assertTrue(forbidden.getMessage().contains("manage-users"), forbidden.getMessage());
    }

    @Test
    void serverErrorsAreUnavailable() {
        assertInstanceOf(IdentityProviderUnavailableException.class, KeycloakErrors.status(500, "", "x", "gw"));
        assertInstanceOf(IdentityProviderUnavailableException.class, KeycloakErrors.status(502, null, "x", "gw"));
        assertInstanceOf(IllegalArgumentException.class, KeycloakErrors.status(400, "{}", "x", "gw"));
    }

    @Test
    void unreachableNamesTheServerAndTheRootCause() {
        IdentityProviderUnavailableException e = KeycloakErrors.unreachable("http://kc:8180", "counting users",
                new RuntimeException("wrapped", new ConnectException("Connection refused")));
        assertTrue(e.getMessage().contains("http://kc:8180"), e.getMessage());
        assertTrue(e.getMessage().contains("ConnectException: Connection refused"), e.getMessage());
        IdentityProviderUnavailableException timeout = KeycloakErrors.unreachable("http://kc", "x",
                new SocketTimeoutException("Read timed out"));
        assertTrue(timeout.getMessage().contains("Read timed out"), timeout.getMessage());
    }
}

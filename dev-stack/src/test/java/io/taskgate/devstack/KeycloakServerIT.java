package io.taskgate.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts Keycloak from the distribution zip with the Taskgate realm and checks the tokens it issues. */
class KeycloakServerIT {

    private static KeycloakServer keycloak;
    private static ServerSocket squatter;
    private static final AtomicInteger choices = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        String zip = System.getProperty("keycloak.dist.zip");
        assumeTrue(zip != null && !zip.isBlank(), "system property keycloak.dist.zip not set");
        String realm = System.getProperty("taskgate.realm.file");
        // The first HTTP port it is given is taken by another process by the time Keycloak binds: it starts again
        // on new ports.
        squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        KeycloakServer.Options options = KeycloakServer.options()
                .distZip(Path.of(zip))
                .realmFile(realm == null ? null : Path.of(realm))
                .httpPort(0)
                .managementPort(0)
                .ports(() -> choices.getAndIncrement() == 0 ? squatter.getLocalPort() : Ports.free())
                .logFile(Path.of("target", "keycloak-it.log"));
        String installDir = System.getProperty("taskgate.keycloak.installDir", "");
        if (!installDir.isBlank()) {
            options.installDir(Path.of(installDir)); // as in e2e-tests: checkouts running side by side share no data/h2
        }
        keycloak = KeycloakServer.start(options);
        System.out.printf("Keycloak ready on %d after %d ms%n", keycloak.httpPort(), keycloak.startupMillis());
    }

    @AfterAll
    static void stop() throws Exception {
        if (squatter != null) {
            squatter.close();
        }
        if (keycloak != null) {
            int port = keycloak.httpPort();
            keycloak.close();
            assertFalse(Ports.inUse(port), "Keycloak still listening after close");
        }
    }

    @Test
    void startedAgainOnNewPortsWhenItsFirstPortWasTaken() {
        assertNotEquals(squatter.getLocalPort(), keycloak.httpPort());
        assertEquals(4, choices.get(), "ports chosen: HTTP and management, twice");
    }

    @Test
    void passwordGrantTokenCarriesTaskgateClaims() throws Exception {
        String token = keycloak.passwordGrant("taskgate-cli", "bob", "bob-pass");
        JsonNode claims = payload(token);
        assertEquals("http://localhost:" + keycloak.httpPort() + "/realms/taskgate", claims.path("iss").asText());
        assertEquals(keycloak.issuer(), claims.path("iss").asText());
        assertTrue(strings(claims.path("aud")).contains("taskgate-gateway"), "aud: " + claims.path("aud"));
        assertEquals(List.of("acme-checkout", "acme-docs"), strings(claims.path("tasks")));
        assertEquals(List.of("acme"), strings(claims.path("tenants")));
        assertEquals(List.of("chat.completions", "completions", "embeddings", "models"), strings(claims.path("endpoints")));
        assertEquals(List.of("gpt-4o-mini", "gpt-4o", "text-embedding-3-small", "gpt-3.5-turbo-instruct"),
                strings(claims.path("models")));
        assertEquals("bob", claims.path("preferred_username").asText());
        assertFalse(claims.path("sub").asText().isEmpty(), "sub missing");
        assertTrue(strings(claims.path("realm_access").path("roles")).contains("contractor"));
        assertEquals("taskgate-cli", claims.path("azp").asText());
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertEquals(900, lifetime);
    }

    @Test
    void singleValuedAttributesAreStillArrays() throws Exception {
        JsonNode claims = payload(keycloak.passwordGrant("taskgate-cli", "carol", "carol-pass"));
        assertEquals(List.of("acme-docs"), strings(claims.path("tasks")));
        assertEquals(List.of("gpt-4o-mini"), strings(claims.path("models")));
        JsonNode owner = payload(keycloak.passwordGrant("taskgate-cli", "grace", "grace-pass"));
        assertEquals(List.of("globex"), strings(owner.path("tenants")));
        assertTrue(strings(owner.path("realm_access").path("roles")).contains("tenant-owner"));
        assertTrue(owner.path("tasks").isMissingNode());
        JsonNode admin = payload(keycloak.passwordGrant("taskgate-cli", "operator", "operator-pass"));
        assertTrue(strings(admin.path("realm_access").path("roles")).contains("platform-admin"));
    }

    @Test
    void deviceAuthorizationAnswersForCli() {
        JsonNode answer = keycloak.postForm(keycloak.deviceAuthorizationEndpoint(), Map.of("client_id", "taskgate-cli"));
        assertFalse(answer.path("device_code").asText().isEmpty(), answer.toString());
        assertFalse(answer.path("user_code").asText().isEmpty(), answer.toString());
        assertTrue(answer.path("verification_uri").asText().startsWith(keycloak.issuer()), answer.toString());
    }

    @Test
    void gatewayServiceAccountHasUserManagementRoles() throws Exception {
        JsonNode claims = payload(keycloak.clientCredentialsGrant("taskgate-gateway", "taskgate-gateway-dev-secret"));
        assertEquals("service-account-taskgate-gateway", claims.path("preferred_username").asText());
        List<String> roles = strings(claims.path("resource_access").path("realm-management").path("roles"));
        assertEquals(List.of("manage-users"), roles, "only what KeycloakIdentityDirectory needs");
    }

    private static JsonNode payload(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length, "not a JWT: " + jwt);
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.IdentityDirectory.Claims;
import io.taskgate.core.application.IdentityDirectory.Identity;
import io.taskgate.core.application.IdentityProviderUnavailableException;
import io.taskgate.core.infrastructure.keycloak.KeycloakAdmin;
import io.taskgate.core.infrastructure.keycloak.KeycloakAdminSettings;
import io.taskgate.core.infrastructure.keycloak.KeycloakIdentityDirectory;
import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.Ports;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import jakarta.ws.rs.ForbiddenException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link KeycloakIdentityDirectory} against the real Keycloak of the test stack, logged in exactly as the gateway
 * is (service account of {@code taskgate-gateway}, settings derived from the issuer). A master-realm admin
 * checks the outcome and removes the users these tests create.
 */
@ExtendWith(StackExtension.class)
class IdentityDirectoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer keycloak;
    private static KeycloakAdmin gateway;
    private static KeycloakIdentityDirectory directory;
    private static Keycloak master;
    private static RealmResource realm;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void connect() {
        keycloak = TestStack.current().keycloak();
        gateway = new KeycloakAdmin(settings(Map.of("oidc.issuer", keycloak.issuer())));
        directory = new KeycloakIdentityDirectory(gateway);
        master = Keycloak.getInstance(keycloak.baseUrl(), "master", "admin", "admin", "admin-cli");
        realm = master.realm(KeycloakServer.REALM);
    }

    @AfterAll
    static void cleanUp() {
        created.forEach(id -> realm.users().delete(id).close());
        master.close();
        gateway.close();
    }

    private static KeycloakAdminSettings settings(Map<String, String> values) {
        return KeycloakAdminSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Identity ensure(String username, String email) {
        Identity identity = directory.ensureUser(username, email);
        if (identity.created()) {
            created.add(identity.subject());
        }
        return identity;
    }

    @Test
    void aNewPersonIsAnEnabledContractorWithoutPasswordWhoMustSetOne() {
        String name = unique("dave");
        Identity dave = ensure(name, name + "@contractors.example");

        assertTrue(dave.created());
        assertEquals(name, dave.username());
        UserResource user = realm.users().get(dave.subject());
        UserRepresentation rep = user.toRepresentation();
        assertEquals(name, rep.getUsername());
        assertEquals(name + "@contractors.example", rep.getEmail());
        assertTrue(rep.isEnabled());
        assertEquals(List.of("UPDATE_PASSWORD"), rep.getRequiredActions());
        assertTrue(user.roles().realmLevel().listEffective().stream().anyMatch(r -> r.getName().equals("contractor")));
        assertTrue(user.credentials().isEmpty(), "no password is set");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> keycloak.passwordGrant("taskgate-cli", name, "any-password"));
        assertTrue(refused.getMessage().contains("invalid_grant"), refused.getMessage());

        Identity again = directory.ensureUser(name.toUpperCase(), name + "@contractors.example");
        assertFalse(again.created(), "the second call finds the same person");
        assertEquals(dave.subject(), again.subject());
    }

    @Test
    void anExistingPersonIsFoundAndLinkedNotDuplicated() {
        String bobId = realm.users().searchByUsername("bob", true).get(0).getId();
        int before = realm.users().count();

        Identity bob = directory.ensureUser("Bob", "bob@acme.example");

        assertFalse(bob.created());
        assertEquals(bobId, bob.subject());
        assertEquals("bob", bob.username());
        assertEquals("bob@acme.example", bob.email());
        assertEquals(before, realm.users().count());
        assertEquals(1, realm.users().searchByUsername("bob", true).size());
    }

    @Test
    void anEmailOfAnotherPersonIsRefusedInWords() {
        String name = unique("mallory");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ensure(name, "bob@acme.example"));
        assertEquals("The email address 'bob@acme.example' already belongs to another user: invite that person by their "
                + "own username, or use another email address for '" + name + "'.", e.getMessage());
        assertTrue(realm.users().searchByUsername(name, true).isEmpty(), "nobody was created");
    }

    @Test
    void aUsernameKeycloakRejectsIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ensure("eve <script>", "eve@contractors.example"));
        assertEquals("Keycloak rejected the new user 'eve <script>': username contains characters that are not allowed "
                + "(use letters, digits and . _ - @).", e.getMessage());
    }

    @Test
    void updatedClaimsAreInTheNextTokenAndOtherDetailsStay() throws Exception {
        String name = unique("frank");
        Identity frank = ensure(name, name + "@contractors.example");
        UserResource user = realm.users().get(frank.subject());
        UserRepresentation rep = user.toRepresentation();
        rep.setFirstName("Frank");
        rep.setLastName("Tester");
        rep.setRequiredActions(List.of()); // as if Frank had followed the set-password link
        user.update(rep);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("frank-pass");
        password.setTemporary(false);
        user.resetPassword(password);
        JsonNode before = payload(keycloak.passwordGrant("taskgate-cli", name, "frank-pass"));
        assertTrue(before.path("tenants").isMissingNode(), before.toString());

        directory.updateClaims(frank.subject(), new Claims(Set.of("acme"), Set.of("acme-docs", "acme-checkout"),
                Set.of("chat.completions", "models"), Set.of("gpt-4o-mini")));
        JsonNode granted = payload(keycloak.passwordGrant("taskgate-cli", name, "frank-pass"));
        assertEquals(List.of("acme"), strings(granted.path("tenants")));
        assertEquals(List.of("acme-checkout", "acme-docs"), strings(granted.path("tasks")));
        assertEquals(List.of("chat.completions", "models"), strings(granted.path("endpoints")));
        assertEquals(List.of("gpt-4o-mini"), strings(granted.path("models")));
        assertEquals("Frank", granted.path("given_name").asText());

        directory.updateClaims(frank.subject(), new Claims(Set.of("acme", "globex"), Set.of("globex-etl"),
                Set.of("embeddings"), Set.of()));
        JsonNode changed = payload(keycloak.passwordGrant("taskgate-cli", name, "frank-pass"));
        assertEquals(List.of("acme", "globex"), strings(changed.path("tenants")));
        assertEquals(List.of("globex-etl"), strings(changed.path("tasks")));
        assertEquals(List.of("embeddings"), strings(changed.path("endpoints")));
        assertTrue(changed.path("models").isMissingNode(), "no models: no claim, " + changed);
        UserRepresentation after = user.toRepresentation();
        assertEquals("Frank", after.getFirstName());
        assertEquals("Tester", after.getLastName());
        assertEquals(name + "@contractors.example", after.getEmail());
        assertTrue(after.isEnabled());
        assertTrue(user.roles().realmLevel().listEffective().stream().anyMatch(r -> r.getName().equals("contractor")));
    }

    @Test
    void claimsOfAnUnknownSubjectAreRefused() {
        String missing = UUID.randomUUID().toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> directory.updateClaims(missing,
                new Claims(Set.of("acme"), Set.of(), Set.of(), Set.of())));
        assertEquals("Keycloak has no user with id '" + missing + "'.", e.getMessage());
    }

    @Test
    void theServiceAccountCanDoNothingBeyondManagingUsers() {
        RealmResource asGateway = gateway.realm();
        assertThrows(ForbiddenException.class, asGateway::remove, "delete the realm");
        assertThrows(ForbiddenException.class, () -> asGateway.clients().findAll(), "read clients and their secrets");
        assertThrows(ForbiddenException.class, () -> asGateway.roles().list(), "read the realm's roles");

        // ... nor hand out realm-management roles it does not hold, to anybody, itself included.
        ClientRepresentation management = realm.clients().findByClientId("realm-management").get(0);
        RoleRepresentation realmAdmin = realm.clients().get(management.getId()).roles().get("realm-admin").toRepresentation();
        String gatewayClient = realm.clients().findByClientId("taskgate-gateway").get(0).getId();
        String self = realm.clients().get(gatewayClient).getServiceAccountUser().getId();
        assertThrows(ForbiddenException.class,
                () -> asGateway.users().get(self).roles().clientLevel(management.getId()).add(List.of(realmAdmin)));
        assertEquals(List.of("manage-users"), realm.users().get(self).roles().clientLevel(management.getId()).listAll()
                .stream().map(RoleRepresentation::getName).toList());
    }

    @Test
    void aWrongClientSecretIsReportedAsUnavailableWithWhatToCheck() {
        try (KeycloakAdmin wrong = new KeycloakAdmin(settings(Map.of("oidc.issuer", keycloak.issuer(),
                "keycloak.admin.client-secret", "not-the-secret")))) {
            IdentityProviderUnavailableException e = assertThrows(IdentityProviderUnavailableException.class,
                    () -> new KeycloakIdentityDirectory(wrong).ensureUser("bob", "bob@acme.example"));
            assertTrue(e.getMessage().contains("KEYCLOAK_ADMIN_CLIENT_SECRET"), e.getMessage());
        }
    }

    @Test
    void aKeycloakThatIsDownOrSilentFailsFastInsteadOfHanging() throws Exception {
        int closed = Ports.free();
        try (KeycloakAdmin down = new KeycloakAdmin(settings(Map.of(
                "oidc.issuer", "http://127.0.0.1:" + closed + "/realms/taskgate")))) {
            IdentityProviderUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                    IdentityProviderUnavailableException.class,
                    () -> new KeycloakIdentityDirectory(down).ensureUser("bob", "bob@acme.example")));
            assertTrue(e.getMessage().startsWith("Keycloak at http://127.0.0.1:" + closed + " is not reachable"), e.getMessage());
        }
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             KeycloakAdmin hanging = new KeycloakAdmin(settings(Map.of(
                     "oidc.issuer", "http://127.0.0.1:" + silent.getLocalPort() + "/realms/taskgate",
                     "keycloak.admin.read-timeout-ms", "1000")))) {
            long start = System.nanoTime();
            IdentityProviderUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                    IdentityProviderUnavailableException.class,
                    () -> new KeycloakIdentityDirectory(hanging).updateClaims("x", new Claims(Set.of(), Set.of(), Set.of(), Set.of()))));
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
        }
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        out.sort(null);
        return out;
    }
}

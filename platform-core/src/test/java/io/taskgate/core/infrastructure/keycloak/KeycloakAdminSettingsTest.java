package io.taskgate.core.infrastructure.keycloak;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakAdminSettingsTest {

    private static KeycloakAdminSettings from(Map<String, String> values) {
        return KeycloakAdminSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsComeFromTheDefaultIssuer() {
        KeycloakAdminSettings s = from(Map.of());
        assertEquals("http://localhost:8180", s.serverUrl());
        assertEquals("taskgate", s.realm());
        assertEquals("taskgate-gateway", s.clientId());
        assertEquals("taskgate-gateway-dev-secret", s.clientSecret());
        assertEquals(Duration.ofSeconds(2), s.connectTimeout());
        assertEquals(Duration.ofSeconds(5), s.readTimeout());
    }

    @Test
    void serverUrlAndRealmFollowTheConfiguredIssuer() {
        KeycloakAdminSettings s = from(Map.of("oidc.issuer", "https://id.example.com:8443/realms/acme-prod/"));
        assertEquals("https://id.example.com:8443", s.serverUrl());
        assertEquals("acme-prod", s.realm());
    }

    @Test
    void theServerUrlFollowsTheJwksUrlWhereKeycloakIsReachedUnderAnotherName() {
        KeycloakAdminSettings s = from(Map.of("oidc.issuer", "http://localhost:8180/realms/taskgate",
                "oidc.jwks-url", "http://keycloak:8180/realms/taskgate/protocol/openid-connect/certs"));
        assertEquals("http://keycloak:8180", s.serverUrl());
        assertEquals("taskgate", s.realm());
        KeycloakAdminSettings other = from(Map.of("oidc.issuer", "http://localhost:8180/realms/taskgate",
                "oidc.jwks-url", "https://keys.example.com/jwks.json"));
        assertEquals("http://localhost:8180", other.serverUrl(), "a JWKS URL that is not Keycloak's is ignored");
    }

    @Test
    void aContextPathBeforeRealmsIsKept() {
        KeycloakAdminSettings s = from(Map.of("oidc.issuer", "http://kc:8080/auth/realms/taskgate"));
        assertEquals("http://kc:8080/auth", s.serverUrl());
        assertEquals("taskgate", s.realm());
    }

    @Test
    void explicitValuesWin() {
        KeycloakAdminSettings s = from(Map.of(
                "oidc.issuer", "http://localhost:8180/realms/taskgate",
                "keycloak.admin.server-url", "http://keycloak.internal:8080/",
                "keycloak.admin.realm", "other",
                "keycloak.admin.client-id", "ops",
                "keycloak.admin.client-secret", " s3cret ",
                "keycloak.admin.connect-timeout-ms", "500",
                "keycloak.admin.read-timeout-ms", "1500"));
        assertEquals("http://keycloak.internal:8080", s.serverUrl());
        assertEquals("other", s.realm());
        assertEquals("ops", s.clientId());
        assertEquals("s3cret", s.clientSecret());
        assertEquals(Duration.ofMillis(500), s.connectTimeout());
        assertEquals(Duration.ofMillis(1500), s.readTimeout());
    }

    @Test
    void blankValuesFallBackToDefaults() {
        KeycloakAdminSettings s = from(Map.of("keycloak.admin.client-secret", "  ", "keycloak.admin.realm", ""));
        assertEquals("taskgate-gateway-dev-secret", s.clientSecret());
        assertEquals("taskgate", s.realm());
    }

    @Test
    void anIssuerWithoutRealmsNamesTheKeysToSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("oidc.issuer", "https://login.example.com/tenant/v2.0")));
        assertTrue(e.getMessage().contains("KEYCLOAK_ADMIN_SERVER_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("KEYCLOAK_ADMIN_REALM"), e.getMessage());
    }

    @Test
    void realmUrlsWithoutARealmOrWithMorePathAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> from(Map.of("oidc.issuer", "http://kc:8080/realms/")));
        assertThrows(IllegalArgumentException.class, () -> from(Map.of("oidc.issuer", "http://kc:8080/realms/a/b")));
        assertThrows(IllegalArgumentException.class, () -> from(Map.of("oidc.issuer", "/realms/taskgate")));
        assertEquals("team a", from(Map.of("oidc.issuer", "http://kc/realms/team%20a")).realm());
    }

    @Test
    void anyIssuerWorksWhenServerUrlAndRealmAreSet() {
        KeycloakAdminSettings s = from(Map.of("oidc.issuer", "https://login.example.com/tenant/v2.0",
                "keycloak.admin.server-url", "http://kc:8080", "keycloak.admin.realm", "taskgate"));
        assertEquals("http://kc:8080", s.serverUrl());
    }

    @Test
    void badTimeoutsAreRefusedWithTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> from(Map.of("keycloak.admin.read-timeout-ms", "5s")));
        assertTrue(e.getMessage().contains("keycloak.admin.read-timeout-ms"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> from(Map.of("keycloak.admin.connect-timeout-ms", "0")));
    }

    @Test
    void toStringHidesTheSecret() {
        assertFalse(from(Map.of()).toString().contains("dev-secret"));
    }
}

package io.taskgate.core.infrastructure.keycloak;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where and as whom the gateway manages users in Keycloak. Every value has a default derived from the trusted
 * issuer ({@code oidc.issuer}, e.g. {@code http://localhost:8180/realms/taskgate}); the server URL is taken from
 * {@code oidc.jwks-url} instead when that is set (the address the gateway reaches Keycloak at, e.g. in Compose):
 *
 * <table>
 * <caption>MicroProfile Config keys</caption>
 * <tr><th>key (environment variable)</th><th>default</th></tr>
 * <tr><td>{@code keycloak.admin.server-url} ({@code KEYCLOAK_ADMIN_SERVER_URL})</td><td>{@code oidc.jwks-url}, else the issuer, up to {@code /realms/}</td></tr>
 * <tr><td>{@code keycloak.admin.realm} ({@code KEYCLOAK_ADMIN_REALM})</td><td>the issuer's realm</td></tr>
 * <tr><td>{@code keycloak.admin.client-id} ({@code KEYCLOAK_ADMIN_CLIENT_ID})</td><td>{@code taskgate-gateway}</td></tr>
 * <tr><td>{@code keycloak.admin.client-secret} ({@code KEYCLOAK_ADMIN_CLIENT_SECRET})</td><td>the dev realm's secret</td></tr>
 * <tr><td>{@code keycloak.admin.connect-timeout-ms}</td><td>{@value #DEFAULT_CONNECT_TIMEOUT_MS}</td></tr>
 * <tr><td>{@code keycloak.admin.read-timeout-ms}</td><td>{@value #DEFAULT_READ_TIMEOUT_MS}</td></tr>
 * </table>
 */
public record KeycloakAdminSettings(String serverUrl, String realm, String clientId, String clientSecret,
                                    Duration connectTimeout, Duration readTimeout) {

    public static final String DEFAULT_ISSUER = "http://localhost:8180/realms/taskgate";
    public static final String DEFAULT_CLIENT_ID = "taskgate-gateway";
    public static final String DEV_CLIENT_SECRET = "taskgate-gateway-dev-secret";
    public static final long DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
    public static final long DEFAULT_READ_TIMEOUT_MS = 5_000;

    public KeycloakAdminSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("Keycloak admin timeouts must be positive");
        }
    }

    /** Reads the settings from MicroProfile-style keys; {@code config} answers empty for an unset key. */
    public static KeycloakAdminSettings from(Function<String, Optional<String>> config) {
        String issuer = value(config, "oidc.issuer").orElse(DEFAULT_ISSUER);
        // Where the gateway fetches keys is where it reaches Keycloak (e.g. an internal hostname in Compose)
        String reachedAt = value(config, "oidc.jwks-url").filter(IssuerUrl::isRealmUrl).orElse(issuer);
        Optional<String> serverUrl = value(config, "keycloak.admin.server-url");
        Optional<String> realm = value(config, "keycloak.admin.realm");
        return new KeycloakAdminSettings(
                IssuerUrl.stripSlashes(serverUrl.orElseGet(() -> IssuerUrl.serverUrl(reachedAt))),
                realm.orElseGet(() -> IssuerUrl.realm(issuer)),
                value(config, "keycloak.admin.client-id").orElse(DEFAULT_CLIENT_ID),
                value(config, "keycloak.admin.client-secret").orElse(DEV_CLIENT_SECRET),
                Duration.ofMillis(millis(config, "keycloak.admin.connect-timeout-ms", DEFAULT_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(millis(config, "keycloak.admin.read-timeout-ms", DEFAULT_READ_TIMEOUT_MS)));
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static long millis(Function<String, Optional<String>> config, String key, long fallback) {
        Optional<String> raw = value(config, key);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number of milliseconds, not '" + raw.get() + "'");
        }
    }

    /** Never prints the client secret. */
    @Override
    public String toString() {
        return "KeycloakAdminSettings[serverUrl=" + serverUrl + ", realm=" + realm + ", clientId=" + clientId
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}

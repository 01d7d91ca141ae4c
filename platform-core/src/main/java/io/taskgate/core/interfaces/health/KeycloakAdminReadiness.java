package io.taskgate.core.interfaces.health;

import io.taskgate.core.infrastructure.keycloak.KeycloakAdmin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the gateway's service account can use the Keycloak admin API (it counts the realm's users:
 * one token request when needed, one cheap query). Probed at most every 10 s while up.
 */
@Readiness
@ApplicationScoped
public class KeycloakAdminReadiness implements HealthCheck {

    private static final long PROBE_INTERVAL_NANOS = 10_000_000_000L;

    @Inject
    KeycloakAdmin admin;

    private volatile long probedAt;
    private volatile boolean up;
    private volatile String detail = "not probed";

    @Override
    public HealthCheckResponse call() {
        long now = System.nanoTime();
        if (!up || now - probedAt > PROBE_INTERVAL_NANOS) {
            try {
                Integer users = admin.call("counting users", () -> admin.realm().users().count());
                up = true;
                detail = users + " users";
            } catch (RuntimeException e) {
                up = false;
                detail = e.getMessage();
            }
            probedAt = now;
        }
        return HealthCheckResponse.named("keycloak-admin").status(up)
                .withData("realm", admin.settings().realm())
                .withData("clientId", admin.settings().clientId())
                .withData("detail", String.valueOf(detail)).build();
    }
}

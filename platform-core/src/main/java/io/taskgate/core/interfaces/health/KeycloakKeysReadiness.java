package io.taskgate.core.interfaces.health;

import io.taskgate.core.infrastructure.security.Authentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the realm's signing keys have been loaded, so tokens can be verified. */
@Readiness
@ApplicationScoped
public class KeycloakKeysReadiness implements HealthCheck {

    @Inject
    Authentication authentication;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("keycloak-keys").status(authentication.keysReady()).build();
    }
}

package io.taskgate.core.infrastructure.security;

import io.taskgate.core.application.access.InvalidCredentialsException;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Authentication of proxy and admin calls, configured from {@code oidc.issuer} ({@code OIDC_ISSUER}),
 * {@code oidc.audience} (default {@code taskgate-gateway}) and optional {@code oidc.jwks-url}.
 */
@ApplicationScoped
public class Authentication implements io.taskgate.core.application.access.CallerAuthentication {

    @Inject
    Config config;

    @Inject
    ApiKeyRepository keys;

    private BearerAuthenticator authenticator;

    @PostConstruct
    void init() {
        String issuer = config.getOptionalValue("oidc.issuer", String.class)
                .orElse("http://localhost:8180/realms/taskgate");
        String jwks = config.getOptionalValue("oidc.jwks-url", String.class)
                .orElse(issuer + "/protocol/openid-connect/certs");
        Clock clock = Clock.systemUTC();
        JwksKeySource source = new RemoteJwksKeySource(URI.create(jwks),
                Duration.ofSeconds(config.getOptionalValue("oidc.jwks-min-refetch-seconds", Long.class).orElse(10L)),
                Duration.ofHours(12), clock);
        JwtVerifier verifier = new JwtVerifier(source, issuer,
                config.getOptionalValue("oidc.audience", String.class).orElse("taskgate-gateway"),
                Duration.ofSeconds(30), clock);
        authenticator = new BearerAuthenticator(verifier, new ApiKeyAuthenticator(keys, clock));
    }

    public Caller authenticate(String authorizationHeader) throws InvalidCredentialsException {
        return authenticator.authenticate(authorizationHeader);
    }

    public boolean keysReady() {
        return authenticator.tokenKeysReady();
    }
}

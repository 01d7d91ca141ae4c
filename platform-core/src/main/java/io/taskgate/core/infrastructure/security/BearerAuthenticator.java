package io.taskgate.core.infrastructure.security;

import io.taskgate.core.application.access.InvalidCredentialsException;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;

/**
 * Authenticates {@code Authorization: Bearer} credentials of both kinds: personal API keys ({@code tg_...})
 * and Keycloak access tokens. The gateway verifies tokens itself instead of through Payara's MP-JWT login
 * module, because that module answers 401 to every non-JWT bearer before application code runs and does not
 * refetch keys on an unknown {@code kid}.
 */
public final class BearerAuthenticator {

    private final JwtVerifier tokens;
    private final ApiKeyAuthenticator apiKeys;

    public BearerAuthenticator(JwtVerifier tokens, ApiKeyAuthenticator apiKeys) {
        this.tokens = tokens;
        this.apiKeys = apiKeys;
    }

    public Caller authenticate(String authorizationHeader) throws InvalidCredentialsException {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw new InvalidCredentialsException("missing_credentials",
                    "No credentials: send 'Authorization: Bearer <access token or API key>'.");
        }
        String value = authorizationHeader.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new InvalidCredentialsException("invalid_token", "Use the Bearer scheme: 'Authorization: Bearer <credential>'.");
        }
        String credential = value.substring(7).strip();
        if (ApiKeySecret.looksLikeApiKey(credential)) {
            return apiKeys.authenticate(credential);
        }
        return tokens.verify(credential);
    }

    public boolean tokenKeysReady() {
        return tokens.keysReady();
    }
}

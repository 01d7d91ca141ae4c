package io.taskgate.core.infrastructure.security;

import io.taskgate.core.application.access.InvalidCredentialsException;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;

import java.time.Clock;

/**
 * Authenticates personal API keys: looked up by their visible key id, compared by hash in constant time,
 * and checked for revocation and expiry on every request (no cache), so revocation applies at once.
 */
public final class ApiKeyAuthenticator {

    private final ApiKeyRepository keys;
    private final Clock clock;

    public ApiKeyAuthenticator(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public Caller authenticate(String presented) throws InvalidCredentialsException {
        ApiKeySecret secret = ApiKeySecret.parse(presented).orElseThrow(ApiKeyAuthenticator::unknown);
        ApiKey key = keys.find(secret.keyId()).orElseThrow(ApiKeyAuthenticator::unknown);
        if (!secret.matches(key.secretHash())) {
            throw unknown();
        }
        if (key.revokedAt() != null) {
            throw new InvalidCredentialsException("invalid_api_key", "This API key was revoked. Create a new one on your usage page.");
        }
        if (!key.usableAt(clock.instant())) {
            throw new InvalidCredentialsException("invalid_api_key", "This API key expired. Create a new one on your usage page.");
        }
        KeyGrant grant = key.grant();
        return new Caller(key.subject(), key.username(), Caller.AuthKind.API_KEY, key.keyId(),
                grant.tenants(), grant.tasks(), grant.endpoints(), grant.models(), grant.roles());
    }

    private static InvalidCredentialsException unknown() {
        return new InvalidCredentialsException("invalid_api_key", "The API key is not valid.");
    }
}

package io.taskgate.core.infrastructure.security;

import io.taskgate.core.application.access.InvalidCredentialsException;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiKeyAuthenticatorTest {

    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final KeyGrant GRANT = new KeyGrant(Set.of("acme"), Set.of("task-1"), Set.of("chat.completions"),
            Set.of("gpt-4o-mini"), Set.of("student"));

    /** An API key store in memory. */
    static final class InMemoryApiKeys implements ApiKeyRepository {
        final Map<String, ApiKey> byId = new ConcurrentHashMap<>();

        @Override
        public Optional<ApiKey> find(String keyId) {
            return Optional.ofNullable(byId.get(keyId));
        }

        @Override
        public List<ApiKey> findBySubject(String subject) {
            return byId.values().stream().filter(k -> k.subject().equals(subject)).toList();
        }

        @Override
        public List<ApiKey> findByUsername(String username) {
            return byId.values().stream().filter(k -> k.username().equals(username)).toList();
        }

        @Override
        public void add(ApiKey key) {
            byId.put(key.keyId(), key);
        }

        @Override
        public ApiKey update(ApiKey key) {
            byId.put(key.keyId(), key);
            return key;
        }

        @Override
        public Optional<ApiKey> revoke(String keyId, String subject, Instant at) {
            Optional<ApiKey> key = find(keyId).filter(k -> k.subject().equals(subject));
            key.ifPresent(k -> k.revoke(at));
            return key;
        }
    }

    final InMemoryApiKeys keys = new InMemoryApiKeys();
    final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(keys, Clock.fixed(NOW, ZoneOffset.UTC));

    ApiKeySecret store(Instant expiresAt) {
        ApiKeySecret secret = ApiKeySecret.generate();
        keys.add(new ApiKey(secret.keyId(), secret.hash(), "user-123", "alice", "laptop", GRANT,
                NOW.minus(Duration.ofDays(1)), expiresAt));
        return secret;
    }

    void assertInvalidApiKey(String presented) {
        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class,
                () -> authenticator.authenticate(presented));
        assertEquals("invalid_api_key", e.code());
    }

    @Test
    void validKeyAuthenticatesAsApiKeyCallerWithItsGrant() throws Exception {
        ApiKeySecret secret = store(NOW.plus(Duration.ofDays(30)));

        Caller caller = authenticator.authenticate(secret.plainText());

        assertEquals("user-123", caller.subject());
        assertEquals("alice", caller.username());
        assertEquals(Caller.AuthKind.API_KEY, caller.authKind());
        assertEquals(secret.keyId(), caller.keyId());
        assertEquals(Set.of("acme"), caller.tenants());
        assertEquals(Set.of("task-1"), caller.tasks());
        assertEquals(Set.of("chat.completions"), caller.endpoints());
        assertEquals(Set.of("gpt-4o-mini"), caller.models());
        assertEquals(Set.of("student"), caller.roles());
    }

    @Test
    void wrongSecretForAnExistingKeyIdIsRejectedAsInvalidApiKey() {
        ApiKeySecret secret = store(NOW.plus(Duration.ofDays(30)));
        String otherSecret = ApiKeySecret.generate().plainText().substring(16);

        assertInvalidApiKey("tg_" + secret.keyId() + "_" + otherSecret);
    }

    @Test
    void unknownKeyIdIsRejectedAsInvalidApiKey() {
        store(NOW.plus(Duration.ofDays(30)));

        assertInvalidApiKey(ApiKeySecret.generate().plainText());
    }

    @Test
    void revokedKeyIsRejectedAsInvalidApiKey() {
        ApiKeySecret secret = store(NOW.plus(Duration.ofDays(30)));
        keys.find(secret.keyId()).orElseThrow().revoke(NOW.minusSeconds(5));

        assertInvalidApiKey(secret.plainText());
    }

    @Test
    void revocationAppliesToTheVeryNextRequest() throws Exception {
        ApiKeySecret secret = store(NOW.plus(Duration.ofDays(30)));
        authenticator.authenticate(secret.plainText());

        keys.find(secret.keyId()).orElseThrow().revoke(NOW);

        assertInvalidApiKey(secret.plainText());
    }

    @Test
    void expiredKeyIsRejectedAsInvalidApiKey() {
        ApiKeySecret secret = store(NOW.minusSeconds(1));

        assertInvalidApiKey(secret.plainText());
    }

    @Test
    void keyExpiringExactlyNowIsRejectedAsInvalidApiKey() {
        ApiKeySecret secret = store(NOW);

        assertInvalidApiKey(secret.plainText());
    }

    @Test
    void malformedKeysAreRejectedAsInvalidApiKey() {
        ApiKeySecret secret = store(NOW.plus(Duration.ofDays(30)));

        assertInvalidApiKey("tg_");
        assertInvalidApiKey("tg_abc_def");
        assertInvalidApiKey(secret.plainText() + "x");
        assertInvalidApiKey(secret.plainText().substring(0, secret.plainText().length() - 1));
        assertInvalidApiKey("");
    }
}

package io.taskgate.core.infrastructure.security;

import io.taskgate.core.application.access.InvalidCredentialsException;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BearerAuthenticatorTest {

    static final KeyPair RSA = TestTokens.rsaKeyPair();

    final ApiKeyAuthenticatorTest.InMemoryApiKeys keys = new ApiKeyAuthenticatorTest.InMemoryApiKeys();
    final Clock clock = Clock.fixed(JwtVerifierTest.NOW, ZoneOffset.UTC);
    final BearerAuthenticator authenticator = new BearerAuthenticator(
            new JwtVerifier(new JwksKeySource() {
                @Override
                public Optional<PublicKey> key(String kid) {
                    return "rsa-1".equals(kid) ? Optional.of(RSA.getPublic()) : Optional.empty();
                }

                @Override
                public boolean ready() {
                    return true;
                }
            }, JwtVerifierTest.ISSUER, JwtVerifierTest.AUDIENCE, Duration.ofSeconds(30), clock),
            new ApiKeyAuthenticator(keys, clock));

    String code(String header) {
        return assertThrows(InvalidCredentialsException.class, () -> authenticator.authenticate(header)).code();
    }

    String validToken() {
        return TestTokens.token("RS256", "rsa-1", RSA.getPrivate(), JwtVerifierTest.claims());
    }

    @Test
    void missingHeaderIsRejectedAsMissingCredentials() {
        assertEquals("missing_credentials", code(null));
        assertEquals("missing_credentials", code(""));
        assertEquals("missing_credentials", code("   "));
    }

    @Test
    void nonBearerSchemeIsRejectedAsInvalidToken() {
        assertEquals("invalid_token", code("Basic dXNlcjpwYXNz"));
        assertEquals("invalid_token", code("Token " + validToken()));
        assertEquals("invalid_token", code(validToken()));
        assertEquals("invalid_token", code("Bearer"));
        assertEquals("invalid_token", code("Bearer "));
    }

    @Test
    void bearerAccessTokenIsVerifiedAsJwt() throws Exception {
        Caller caller = authenticator.authenticate("Bearer " + validToken());

        assertEquals(Caller.AuthKind.TOKEN, caller.authKind());
        assertEquals("user-123", caller.subject());
    }

    @Test
    void bearerSchemeIsCaseInsensitiveAndSurroundingSpaceIgnored() throws Exception {
        assertEquals("user-123", authenticator.authenticate("  bearer   " + validToken() + "  ").subject());
    }

    @Test
    void tgPrefixedCredentialIsAuthenticatedAsApiKey() throws Exception {
        ApiKeySecret secret = ApiKeySecret.generate();
        keys.add(new ApiKey(secret.keyId(), secret.hash(), "user-9", "bob", "ci",
                new KeyGrant(Set.of(), Set.of("task-1"), Set.of(), Set.of(), Set.of()),
                JwtVerifierTest.NOW.minusSeconds(60), JwtVerifierTest.NOW.plus(Duration.ofDays(1))));

        Caller caller = authenticator.authenticate("Bearer " + secret.plainText());

        assertEquals(Caller.AuthKind.API_KEY, caller.authKind());
        assertEquals("user-9", caller.subject());
        assertEquals(secret.keyId(), caller.keyId());
    }

    @Test
    void badTgPrefixedCredentialIsReportedAsInvalidApiKeyNotInvalidToken() {
        assertEquals("invalid_api_key", code("Bearer tg_not_a_real_key"));
        assertEquals("invalid_api_key", code("Bearer " + ApiKeySecret.generate().plainText()));
    }

    @Test
    void otherBearerCredentialsGoToTheJwtVerifier() {
        assertEquals("invalid_token", code("Bearer sk-openai-style-key"));
        assertEquals("invalid_token", code("Bearer a.b.c"));
    }
}

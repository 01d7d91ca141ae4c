package io.taskgate.core.infrastructure.security;

import io.taskgate.core.MutableClock;
import io.taskgate.core.application.access.InvalidCredentialsException;

import io.taskgate.api.pipeline.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static io.taskgate.core.infrastructure.security.TestTokens.B64;
import static io.taskgate.core.infrastructure.security.TestTokens.b64Json;
import static io.taskgate.core.infrastructure.security.TestTokens.header;
import static io.taskgate.core.infrastructure.security.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtVerifierTest {

    static final String ISSUER = "http://localhost:8180/realms/taskgate";
    static final String AUDIENCE = "taskgate-gateway";
    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final long NOW_S = NOW.getEpochSecond();

    static final KeyPair RSA = TestTokens.rsaKeyPair();
    static final KeyPair OTHER_RSA = TestTokens.rsaKeyPair();
    static final KeyPair EC = TestTokens.ecKeyPair();

    private final Map<String, PublicKey> keys = new HashMap<>(Map.of(
            "rsa-1", RSA.getPublic(), "ec-1", EC.getPublic()));

    private final JwtVerifier verifier = new JwtVerifier(new JwksKeySource() {
        @Override
        public Optional<PublicKey> key(String kid) {
            return Optional.ofNullable(keys.get(kid));
        }

        @Override
        public boolean ready() {
            return !keys.isEmpty();
        }
    }, ISSUER, AUDIENCE, Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", List.of("account", AUDIENCE));
        claims.put("sub", "user-123");
        claims.put("typ", "Bearer");
        claims.put("iat", NOW_S - 60);
        claims.put("exp", NOW_S + 300);
        claims.put("preferred_username", "alice");
        claims.put("tenants", List.of("acme"));
        claims.put("tasks", List.of("task-1", "task-2"));
        claims.put("endpoints", List.of("chat.completions", "embeddings"));
        claims.put("models", List.of("gpt-4o-mini"));
        claims.put("realm_access", Map.of("roles", List.of("student", "offline_access")));
        return claims;
    }

    static Map<String, Object> claimsWith(String name, Object value) {
        Map<String, Object> claims = claims();
        if (value == null) {
            claims.remove(name);
        } else {
            claims.put(name, value);
        }
        return claims;
    }

    private String rs256(Map<String, Object> claims) {
        return token("RS256", "rsa-1", RSA.getPrivate(), claims);
    }

    private void assertInvalidToken(String token) {
        assertRejected(() -> verifier.verify(token));
    }

    private static void assertRejected(Executable call) {
        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class, call);
        assertEquals("invalid_token", e.code());
    }

    @Test
    void validRs256TokenVerifiesAndMapsClaimsToCaller() throws Exception {
        Caller caller = verifier.verify(rs256(claims()));

        assertEquals("user-123", caller.subject());
        assertEquals("alice", caller.username());
        assertEquals(Caller.AuthKind.TOKEN, caller.authKind());
        assertNull(caller.keyId());
        assertEquals(Set.of("acme"), caller.tenants());
        assertEquals(Set.of("task-1", "task-2"), caller.tasks());
        assertEquals(Set.of("chat.completions", "embeddings"), caller.endpoints());
        assertEquals(Set.of("gpt-4o-mini"), caller.models());
        assertEquals(Set.of("student", "offline_access"), caller.roles());
    }

    @Test
    void validEs256TokenVerifies() throws Exception {
        Caller caller = verifier.verify(token("ES256", "ec-1", EC.getPrivate(), claims()));

        assertEquals("user-123", caller.subject());
        assertEquals(Set.of("task-1", "task-2"), caller.tasks());
    }

    @Test
    void validPs256TokenVerifies() throws Exception {
        Caller caller = verifier.verify(token("PS256", "rsa-1", RSA.getPrivate(), claims()));

        assertEquals("user-123", caller.subject());
    }

    @Test
    void audienceAsSingleStringIsAccepted() throws Exception {
        Caller caller = verifier.verify(rs256(claimsWith("aud", AUDIENCE)));

        assertEquals("user-123", caller.subject());
    }

    @Test
    void commaSeparatedSingleValuedClaimIsSplitIntoAGrantSet() throws Exception {
        Caller caller = verifier.verify(rs256(claimsWith("tasks", "task-1, task-3")));

        assertEquals(Set.of("task-1", "task-3"), caller.tasks());
    }

    @Test
    void missingUsernameFallsBackToSubjectAndMissingGrantsGrantNothing() throws Exception {
        Map<String, Object> claims = claims();
        claims.remove("preferred_username");
        claims.remove("tasks");
        claims.remove("models");
        claims.remove("realm_access");

        Caller caller = verifier.verify(rs256(claims));

        assertEquals("user-123", caller.username());
        assertTrue(caller.tasks().isEmpty());
        assertTrue(caller.models().isEmpty());
        assertTrue(caller.roles().isEmpty());
    }

    @Test
    void tokenWithoutTypClaimIsTreatedAsAccessToken() throws Exception {
        assertEquals("user-123", verifier.verify(rs256(claimsWith("typ", null))).subject());
    }

    @Test
    void algNoneWithEmptySignatureIsRejectedAsInvalidToken() {
        String token = b64Json(header("none", "rsa-1")) + "." + b64Json(claims()) + ".";
        assertInvalidToken(token);
    }

    @Test
    void algNoneWithNonEmptySignatureIsRejectedAsInvalidToken() {
        String valid = rs256(claims());
        String signature = valid.substring(valid.lastIndexOf('.') + 1);
        String token = b64Json(header("none", "rsa-1")) + "." + b64Json(claims()) + "." + signature;
        assertInvalidToken(token);
    }

    @Test
    void hs256SignedWithTheRsaPublicKeyAsSecretIsRejectedAsInvalidToken() throws Exception {
        String input = b64Json(header("HS256", "rsa-1")) + "." + b64Json(claims());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RSA.getPublic().getEncoded(), "HmacSHA256"));
        String token = input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        assertInvalidToken(token);
    }

    @Test
    void expiredTokenBeyondLeewayIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("exp", NOW_S - 31)));
    }

    @Test
    void tokenExpiredWithinLeewayIsStillAccepted() throws Exception {
        assertEquals("user-123", verifier.verify(rs256(claimsWith("exp", NOW_S - 29))).subject());
    }

    @Test
    void tokenWithoutExpiryIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("exp", null)));
    }

    @Test
    void notYetValidTokenIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("nbf", NOW_S + 120)));
    }

    @Test
    void tokenWithNotBeforeWithinLeewayIsAccepted() throws Exception {
        assertEquals("user-123", verifier.verify(rs256(claimsWith("nbf", NOW_S + 10))).subject());
    }

    @Test
    void tokenFromAnotherIssuerIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("iss", "http://evil.example/realms/taskgate")));
    }

    @Test
    void tokenForAnotherAudienceAsStringIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("aud", "account")));
    }

    @Test
    void tokenForOtherAudiencesAsArrayIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("aud", List.of("account", "other-client"))));
    }

    @Test
    void tokenWithoutAudienceIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("aud", null)));
    }

    @Test
    void tamperedPayloadWithOriginalSignatureIsRejectedAsInvalidToken() {
        String original = rs256(claims());
        String[] parts = original.split("\\.");
        Map<String, Object> elevated = claimsWith("models", List.of("gpt-4o-mini", "o3"));
        String tampered = parts[0] + "." + b64Json(elevated) + "." + parts[2];

        assertInvalidToken(tampered);
    }

    @Test
    void tokenSignedByAnotherKeyUnderAKnownKidIsRejectedAsInvalidToken() {
        assertInvalidToken(token("RS256", "rsa-1", OTHER_RSA.getPrivate(), claims()));
    }

    @Test
    void tokenWithoutKidIsRejectedAsInvalidToken() {
        assertInvalidToken(token("RS256", null, RSA.getPrivate(), claims()));
    }

    @Test
    void tokenWithUnknownKidIsRejectedAsInvalidToken() {
        assertInvalidToken(token("RS256", "rotated-away", RSA.getPrivate(), claims()));
    }

    @Test
    void idTokenIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("typ", "ID")));
    }

    @Test
    void refreshTokenIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("typ", "Refresh")));
    }

    @Test
    void tokenWithoutSubjectIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("sub", null)));
    }

    @Test
    void tokenWithEmptySubjectIsRejectedAsInvalidToken() {
        assertInvalidToken(rs256(claimsWith("sub", "")));
    }

    @Test
    void garbageStringsAreRejectedAsInvalidToken() {
        assertInvalidToken("abc");
        assertInvalidToken("a.b");
        assertInvalidToken("a.b.c");
        assertInvalidToken("a.b.c.d");
        assertInvalidToken("");
        assertInvalidToken("!!!.@@@.###");
        assertInvalidToken("eyJ%%%.eyJ***.sig");
    }

    @Test
    void headerThatIsNotJsonObjectIsRejectedAsInvalidToken() {
        String token = B64.encodeToString("[\"RS256\"]".getBytes(StandardCharsets.UTF_8)) + "." + b64Json(claims()) + ".c2ln";
        assertInvalidToken(token);
    }

    @Test
    void correctlySignedJsonArrayPayloadIsRejectedAsInvalidToken() {
        String token = token(header("RS256", "rsa-1"), "RS256", RSA.getPrivate(), List.of("sub", "user-123"));
        assertInvalidToken(token);
    }

    @Test
    void rs256HeaderNamingAnEcKeyIsRejectedAsInvalidToken() {
        // signed with the EC key, but claiming RS256
        assertInvalidToken(token(header("RS256", "ec-1"), "ES256", EC.getPrivate(), claims()));
        // signed with an RSA key, pointing at the EC key
        assertInvalidToken(token(header("RS256", "ec-1"), "RS256", RSA.getPrivate(), claims()));
    }

    @Test
    void es256HeaderNamingAnRsaKeyIsRejectedAsInvalidToken() {
        assertInvalidToken(token(header("ES256", "rsa-1"), "RS256", RSA.getPrivate(), claims()));
    }

    @Test
    void es256TokenWithDerEncodedSignatureInsteadOfJwsFormIsRejectedAsInvalidToken() throws Exception {
        String input = b64Json(header("ES256", "ec-1")) + "." + b64Json(claims());
        java.security.Signature der = java.security.Signature.getInstance("SHA256withECDSA");
        der.initSign(EC.getPrivate());
        der.update(input.getBytes(StandardCharsets.US_ASCII));

        assertInvalidToken(input + "." + B64.encodeToString(der.sign()));
    }

    @Test
    void allZeroEs256SignatureIsRejectedAsInvalidToken() {
        // "psychic signatures" (CVE-2022-21449): r = s = 0 must never verify
        String input = b64Json(header("ES256", "ec-1")) + "." + b64Json(claims());
        assertInvalidToken(input + "." + B64.encodeToString(new byte[64]));
    }

    @Test
    void signatureThatIsNotBase64IsRejectedAsInvalidToken() {
        String valid = rs256(claims());
        assertInvalidToken(valid.substring(0, valid.lastIndexOf('.') + 1) + "!!not-base64!!");
    }

    @Test
    void keysReadyReflectsTheKeySource() {
        assertTrue(verifier.keysReady());
        keys.clear();
        assertEquals(false, verifier.keysReady());
    }

    @Test
    void rememberedTokenIsStillRefusedOnceItExpires() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        JwtVerifier remembering = new JwtVerifier(new JwksKeySource() {
            @Override
            public Optional<PublicKey> key(String kid) {
                return Optional.ofNullable(keys.get(kid));
            }

            @Override
            public boolean ready() {
                return true;
            }
        }, ISSUER, AUDIENCE, Duration.ofSeconds(30), clock);
        String jwt = token("RS256", "rsa-1", RSA.getPrivate(), claims());

        assertEquals("user-123", remembering.verify(jwt).subject());
        assertEquals("user-123", remembering.verify(jwt).subject(), "second call served from memory");
        clock.advance(Duration.ofSeconds(300 + 31));

        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class, () -> remembering.verify(jwt));
        assertEquals("invalid_token", e.code());
    }

    @Test
    void rememberingAValidTokenDoesNotLetATamperedCopyThrough() throws Exception {
        String jwt = token("RS256", "rsa-1", RSA.getPrivate(), claims());
        verifier.verify(jwt);
        String[] parts = jwt.split("\\.");
        Map<String, Object> more = claimsWith("tasks", List.of("task-1", "task-2", "task-3"));
        String tampered = parts[0] + "." + b64Json(more) + "." + parts[2];

        assertThrows(InvalidCredentialsException.class, () -> verifier.verify(tampered));
    }
}

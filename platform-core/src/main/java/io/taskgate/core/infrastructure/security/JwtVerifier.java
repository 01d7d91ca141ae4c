package io.taskgate.core.infrastructure.security;

import io.taskgate.core.application.access.InvalidCredentialsException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Caller;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jwt.SignedJWT;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Verifies Keycloak access tokens: asymmetric signature from the realm's JWKS (never {@code none} or HMAC),
 * expiry, issuer, audience and token type. Every failure is an {@link InvalidCredentialsException}. A token that
 * passed is remembered (by its exact text) until it expires, so the signature is checked once per token.
 * <p>
 * Parsing and signature checks are Nimbus JOSE+JWT's ({@link SignedJWT}, {@link DefaultJWSVerifierFactory}); the
 * gateway keeps only its rules: the algorithm allow-list, the key found by {@code kid} (refetched by the key source
 * when unknown), and the claims it requires.
 */
public final class JwtVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Asymmetric signatures only: {@code none} and HMAC (a public key used as a shared secret) are refused. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

    private final JwksKeySource keys;
    private final String issuer;
    private final String audience;
    private final Duration leeway;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();

    /** A token that passed every check, remembered until it expires so repeat calls skip the signature check. */
    private record Verified(Caller caller, long expiresAt) {
    }

    private static final int MAX_REMEMBERED = 10_000;

    public JwtVerifier(JwksKeySource keys, String issuer, String audience, Duration leeway, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.leeway = leeway;
        this.clock = clock;
    }

    public Caller verify(String token) throws InvalidCredentialsException {
        Verified known = verified.get(token);
        if (known != null) {
            if (known.expiresAt() + leeway.toSeconds() >= clock.instant().getEpochSecond()) {
                return known.caller();
            }
            verified.remove(token);
        }
        return verifyFully(token);
    }

    private Caller verifyFully(String token) throws InvalidCredentialsException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw invalid("The bearer token is not a signed JWT.");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (java.text.ParseException | IllegalArgumentException e) {
            throw invalid("The bearer token is not a signed JWT.");
        }
        JWSHeader header = jwt.getHeader();
        if (!ACCEPTED.contains(header.getAlgorithm())) {
            throw invalid("Token algorithm '" + header.getAlgorithm() + "' is not accepted.");
        }
        String kid = header.getKeyID();
        if (kid == null) {
            throw invalid("The token names no signing key (kid).");
        }
        PublicKey key = keys.key(kid).orElseThrow(() -> invalid("The token was signed with an unknown key."));
        JWSVerifier verifier;
        try {
            verifier = VERIFIERS.createJWSVerifier(header, key);
        } catch (JOSEException e) {
            throw invalid("Token algorithm does not match the signing key.");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw invalid("The token signature is not valid.");
            }
        } catch (JOSEException | IllegalStateException e) {
            throw invalid("The token signature is not valid.");
        }
        JsonNode claims = decode(jwt.getPayload().toString());
        checkClaims(claims);
        Caller caller = TokenClaims.toCaller(claims);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, new Verified(caller, claims.path("exp").asLong()));
        return caller;
    }

    private void checkClaims(JsonNode claims) throws InvalidCredentialsException {
        long now = clock.instant().getEpochSecond();
        if (!claims.path("exp").canConvertToLong() || claims.path("exp").asLong() + leeway.toSeconds() < now) {
            throw invalid("The token has expired; get a new one.");
        }
        if (claims.has("nbf") && claims.path("nbf").asLong() - leeway.toSeconds() > now) {
            throw invalid("The token is not valid yet.");
        }
        if (!issuer.equals(claims.path("iss").asText())) {
            throw invalid("The token was issued by an identity provider this gateway does not trust.");
        }
        if (!audiences(claims).contains(audience)) {
            throw invalid("The token is not meant for this gateway (audience).");
        }
        String typ = claims.path("typ").asText("Bearer");
        if (!"Bearer".equalsIgnoreCase(typ)) {
            throw invalid("Only access tokens are accepted, not '" + typ + "' tokens.");
        }
        if (claims.path("sub").asText("").isEmpty()) {
            throw invalid("The token has no subject.");
        }
    }

    private static Set<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        Set<String> result = new HashSet<>();
        if (aud.isTextual()) {
            result.add(aud.asText());
        }
        aud.forEach(a -> result.add(a.asText()));
        return result;
    }

    private static JsonNode decode(String payload) throws InvalidCredentialsException {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null || !node.isObject()) {
                throw invalid("The bearer token is not a JWT.");
            }
            return node;
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw invalid("The bearer token is not a JWT.");
        }
    }

    private static InvalidCredentialsException invalid(String message) {
        return new InvalidCredentialsException("invalid_token", message);
    }

    /** Visible for the readiness check. */
    public boolean keysReady() {
        return keys.ready();
    }
}

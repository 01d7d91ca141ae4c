package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Caller;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Verifies Keycloak access tokens: asymmetric signature from the realm's JWKS (never {@code none} or HMAC),
 * expiry, issuer, audience and token type. Every failure is an {@link InvalidCredentialsException}. A token that
 * passed is remembered (by its exact text) until it expires, so the signature is checked once per token.
 */
public final class JwtVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64 = Base64.getUrlDecoder();

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
        JsonNode header = decode(parts[0]);
        JwsAlgorithm alg = JwsAlgorithm.byName(header.path("alg").asText())
                .orElseThrow(() -> invalid("Token algorithm '" + header.path("alg").asText() + "' is not accepted."));
        String kid = header.path("kid").asText(null);
        if (kid == null) {
            throw invalid("The token names no signing key (kid).");
        }
        PublicKey key = keys.key(kid).orElseThrow(() -> invalid("The token was signed with an unknown key."));
        if (!alg.fits(key)) {
            throw invalid("Token algorithm does not match the signing key.");
        }
        verifySignature(alg, key, parts);
        JsonNode claims = decode(parts[1]);
        checkClaims(claims);
        Caller caller = TokenClaims.toCaller(claims);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, new Verified(caller, claims.path("exp").asLong()));
        return caller;
    }

    private void verifySignature(JwsAlgorithm alg, PublicKey key, String[] parts) throws InvalidCredentialsException {
        try {
            byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            byte[] signature = B64.decode(parts[2]);
            if (key instanceof ECPublicKey) {
                signature = EcSignatures.toDer(signature);
            }
            Signature verifier = Signature.getInstance(alg.jcaName());
            alg.configure(verifier);
            verifier.initVerify(key);
            verifier.update(signed);
            if (!verifier.verify(signature)) {
                throw invalid("The token signature is not valid.");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw invalid("The token signature is not valid.");
        }
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

    private static JsonNode decode(String part) throws InvalidCredentialsException {
        try {
            JsonNode node = JSON.readTree(B64.decode(part));
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

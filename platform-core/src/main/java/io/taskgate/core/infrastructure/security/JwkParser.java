package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Turns a JWKS document into public keys by {@code kid}; keys not meant for signatures are skipped. */
final class JwkParser {

    private JwkParser() {
    }

    static Map<String, PublicKey> parse(JsonNode jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonNode jwk : jwks.path("keys")) {
            String kid = jwk.path("kid").asText(null);
            String use = jwk.path("use").asText("sig");
            if (kid == null || !"sig".equals(use)) {
                continue;
            }
            toKey(jwk).ifPresent(key -> keys.put(kid, key));
        }
        return keys;
    }

    private static Optional<PublicKey> toKey(JsonNode jwk) {
        try {
            return switch (jwk.path("kty").asText()) {
                case "RSA" -> Optional.of(KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e"))));
                case "EC" -> Optional.of(ecKey(jwk));
                default -> Optional.empty();
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PublicKey ecKey(JsonNode jwk) throws GeneralSecurityException {
        String curve = switch (jwk.path("crv").asText()) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new GeneralSecurityException("Unsupported curve");
        };
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec(curve));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y"));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    private static BigInteger unsigned(JsonNode jwk, String field) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(field).asText()));
    }
}

package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import java.security.PublicKey;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JWKS document into public keys by {@code kid} (Nimbus JOSE+JWT parses each key); keys not meant for
 * signatures, keys without a {@code kid}, other key types and malformed keys are skipped one by one.
 */
final class JwkParser {

    private JwkParser() {
    }

    static Map<String, PublicKey> parse(JsonNode jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonNode node : jwks.path("keys")) {
            JWK jwk;
            try {
                jwk = JWK.parse(node.toString());
            } catch (ParseException | IllegalArgumentException e) {
                continue;
            }
            if (jwk.getKeyID() == null || (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse()))) {
                continue;
            }
            toKey(jwk).ifPresent(key -> keys.put(jwk.getKeyID(), key));
        }
        return keys;
    }

    private static Optional<PublicKey> toKey(JWK jwk) {
        try {
            if (jwk instanceof RSAKey rsa) {
                return Optional.of(rsa.toRSAPublicKey());
            }
            if (jwk instanceof ECKey ec) {
                return Optional.of(ec.toECPublicKey());
            }
            return Optional.empty();
        } catch (JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

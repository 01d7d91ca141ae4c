package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds JWTs and JWKS documents with plain JDK crypto, for tests. */
final class TestTokens {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"));
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64Json(Object value) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        if (kid != null) {
            header.put("kid", kid);
        }
        return header;
    }

    /** Signs header.payload (both already base64url) with the JWS algorithm named. */
    static String sign(String alg, PrivateKey key, String signingInput) {
        try {
            Signature signature = switch (alg) {
                case "RS256" -> Signature.getInstance("SHA256withRSA");
                case "RS384" -> Signature.getInstance("SHA384withRSA");
                case "PS256" -> {
                    Signature s = Signature.getInstance("RSASSA-PSS");
                    s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                    yield s;
                }
                case "ES256" -> Signature.getInstance("SHA256withECDSAinP1363Format");
                default -> throw new IllegalArgumentException(alg);
            };
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String alg, String kid, PrivateKey key, Map<String, Object> claims) {
        return token(header(alg, kid), alg, key, claims);
    }

    static String token(Map<String, Object> header, String signAlg, PrivateKey key, Object claims) {
        String input = b64Json(header) + "." + b64Json(claims);
        return input + "." + sign(signAlg, key, input);
    }

    static String unsignedB64(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (length > bytes.length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            bytes = padded;
        }
        return B64.encodeToString(bytes);
    }

    static Map<String, Object> rsaJwk(String kid, RSAPublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kid", kid);
        jwk.put("kty", "RSA");
        jwk.put("alg", "RS256");
        jwk.put("use", "sig");
        jwk.put("n", unsignedB64(key.getModulus(), 0));
        jwk.put("e", unsignedB64(key.getPublicExponent(), 0));
        return jwk;
    }

    static Map<String, Object> ecJwk(String kid, ECPublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kid", kid);
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("use", "sig");
        jwk.put("x", unsignedB64(key.getW().getAffineX(), 32));
        jwk.put("y", unsignedB64(key.getW().getAffineY(), 32));
        return jwk;
    }

    @SafeVarargs
    static String jwks(Map<String, Object>... keys) {
        try {
            return JSON.writeValueAsString(Map.of("keys", List.of(keys)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwkParserTest {

    static final KeyPair RSA = TestTokens.rsaKeyPair();
    static final KeyPair EC = TestTokens.ecKeyPair();

    private static Map<String, PublicKey> parse(Object jwks) throws Exception {
        JsonNode tree = TestTokens.JSON.valueToTree(jwks);
        return JwkParser.parse(tree);
    }

    @Test
    void rsaAndEcSigningKeysAreParsedByKid() throws Exception {
        Map<String, PublicKey> keys = parse(Map.of("keys", List.of(
                TestTokens.rsaJwk("r", (RSAPublicKey) RSA.getPublic()),
                TestTokens.ecJwk("e", (ECPublicKey) EC.getPublic()))));

        assertEquals(2, keys.size());
        assertArrayEquals(RSA.getPublic().getEncoded(), keys.get("r").getEncoded());
        assertArrayEquals(EC.getPublic().getEncoded(), keys.get("e").getEncoded());
    }

    @Test
    void keyWithoutUseIsTreatedAsSigningKey() throws Exception {
        Map<String, Object> jwk = TestTokens.rsaJwk("r", (RSAPublicKey) RSA.getPublic());
        jwk.remove("use");

        assertTrue(parse(Map.of("keys", List.of(jwk))).containsKey("r"));
    }

    @Test
    void encryptionKeysKeysWithoutKidAndUnsupportedTypesAreSkipped() throws Exception {
        Map<String, Object> enc = TestTokens.rsaJwk("enc", (RSAPublicKey) RSA.getPublic());
        enc.put("use", "enc");
        Map<String, Object> noKid = TestTokens.rsaJwk("x", (RSAPublicKey) RSA.getPublic());
        noKid.remove("kid");
        Map<String, Object> oct = new LinkedHashMap<>(Map.of("kid", "hmac", "kty", "oct", "k", "c2VjcmV0"));
        Map<String, Object> p192 = TestTokens.ecJwk("p192", (ECPublicKey) EC.getPublic());
        p192.put("crv", "P-192");
        Map<String, Object> good = TestTokens.rsaJwk("good", (RSAPublicKey) RSA.getPublic());

        Map<String, PublicKey> keys = parse(Map.of("keys", List.of(enc, noKid, oct, p192, good)));

        assertEquals(java.util.Set.of("good"), keys.keySet());
    }

    @Test
    void malformedKeyIsSkippedWithoutLosingTheOthers() throws Exception {
        Map<String, Object> broken = TestTokens.ecJwk("broken", (ECPublicKey) EC.getPublic());
        broken.put("x", "!!!not base64!!!");
        Map<String, Object> offCurve = TestTokens.ecJwk("off-curve", (ECPublicKey) EC.getPublic());
        offCurve.put("y", offCurve.get("x"));

        Map<String, PublicKey> keys = parse(Map.of("keys", List.of(broken, offCurve,
                TestTokens.rsaJwk("good", (RSAPublicKey) RSA.getPublic()))));

        assertTrue(keys.containsKey("good"));
        assertTrue(!keys.containsKey("broken"));
    }

    @Test
    void documentWithoutKeysYieldsNoKeys() throws Exception {
        assertTrue(parse(Map.of("something", "else")).isEmpty());
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both kinds of bearer credentials against the real Keycloak realm: forged tokens, API keys, key rotation. */
@ExtendWith(StackExtension.class)
class AuthenticationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";

    TestStack stack() {
        return TestStack.current();
    }

    String gateway() {
        return stack().h2Gateway().baseUrl();
    }

    HttpResponse<String> chatWith(String credential) {
        return RawHttp.post(gateway() + "/v1/chat/completions", credential, "acme-checkout", CHAT);
    }

    void assertInvalidToken(String credential) {
        HttpResponse<String> response = chatWith(credential);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("invalid_token", RawHttp.errorCode(response));
    }

    @Test
    void realKeycloakTokenIsAccepted() {
        assertEquals(200, chatWith(stack().token("bob")).statusCode());
    }

    @Test
    void forgedAndBrokenTokensAreRefusedWith401InvalidToken() throws Exception {
        String real = stack().token("bob");
        String[] parts = real.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));

        ObjectNode none = ((ObjectNode) header.deepCopy()).put("alg", "none");
        assertInvalidToken(encode(none) + "." + parts[1] + ".");

        ObjectNode hs256 = ((ObjectNode) header.deepCopy()).put("alg", "HS256");
        String unsigned = encode(hs256) + "." + parts[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publicKeyBytes(header.path("kid").asText()), "HmacSHA256"));
        assertInvalidToken(unsigned + "." + B64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII))));

        ObjectNode tampered = claims.deepCopy();
        tampered.putArray("tasks").add("acme-checkout").add("globex-etl");
        assertInvalidToken(parts[0] + "." + encode(tampered) + "." + parts[2]);

        assertInvalidToken("garbage");
        assertInvalidToken("a.b.c");
        assertInvalidToken(parts[0] + "." + parts[1]);
        assertInvalidToken(real.substring(0, real.length() - 4) + "AAAA");
    }

    @Test
    void missingCredentialsAreRefusedWith401() {
        HttpResponse<String> response = RawHttp.post(gateway() + "/v1/chat/completions", null, "acme-checkout", CHAT);
        assertEquals(401, response.statusCode());
        assertEquals("missing_credentials", RawHttp.errorCode(response));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    }

    @Test
    void personalApiKeyWorksForItsTasksOnlyAndStopsAtOnceWhenRevoked() {
        String bob = stack().token("bob");
        HttpResponse<String> created = RawHttp.post(gateway() + "/api/keys", bob, null,
                "{\"name\":\"laptop\",\"tasks\":[\"acme-docs\"],\"expiresInDays\":7}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode key = RawHttp.json(created.body());
        String secret = key.path("key").asText();
        assertTrue(secret.startsWith("tg_" + key.path("keyId").asText() + "_"));

        assertEquals(200, RawHttp.post(gateway() + "/v1/chat/completions", secret, "acme-docs", CHAT).statusCode());
        HttpResponse<String> otherTask = RawHttp.post(gateway() + "/v1/chat/completions", secret, "acme-checkout", CHAT);
        assertEquals(400, otherTask.statusCode(), otherTask.body());
        assertEquals("task_conflict", RawHttp.errorCode(otherTask), "the key was issued for acme-docs only");

        HttpResponse<String> listed = RawHttp.get(gateway() + "/api/keys", bob, null);
        assertTrue(listed.body().contains(key.path("keyId").asText()));
        assertTrue(!listed.body().contains(secret), "the secret is shown once, never listed");

        HttpResponse<String> revoked = RawHttp.send(RawHttp.request(gateway() + "/api/keys/" + key.path("keyId").asText(),
                bob, null).DELETE().build());
        assertEquals(200, revoked.statusCode(), revoked.body());
        HttpResponse<String> after = RawHttp.post(gateway() + "/v1/chat/completions", secret, "acme-docs", CHAT);
        assertEquals(401, after.statusCode());
        assertEquals("invalid_api_key", RawHttp.errorCode(after));
    }

    @Test
    void apiKeysAreRefusedWhenMalformedUnknownOrAskingForMoreThanTheOwnerHas() {
        HttpResponse<String> unknown = chatWith("tg_aaaaaaaaaaaa_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(401, unknown.statusCode());
        assertEquals("invalid_api_key", RawHttp.errorCode(unknown));
        HttpResponse<String> greedy = RawHttp.post(gateway() + "/api/keys", stack().token("carol"), null,
                "{\"name\":\"x\",\"tasks\":[\"acme-checkout\"],\"expiresInDays\":7}");
        assertEquals(400, greedy.statusCode());
        HttpResponse<String> forever = RawHttp.post(gateway() + "/api/keys", stack().token("carol"), null,
                "{\"name\":\"x\",\"expiresInDays\":100000}");
        assertEquals(400, forever.statusCode());
    }

    @Test
    void keycloakKeyRotationDoesNotLockUsersOut() throws Exception {
        String before = stack().token("heidi");
        String kidBefore = kid(before);
        String admin = stack().keycloak().postForm(stack().keycloak().baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .path("access_token").asText();
        HttpResponse<String> added = RawHttp.send(HttpRequest.newBuilder(URI.create(stack().keycloak().baseUrl()
                        + "/admin/realms/taskgate/components"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"rotated-rsa\",\"providerId\":\"rsa-generated\","
                        + "\"providerType\":\"org.keycloak.keys.KeyProvider\",\"config\":{\"priority\":[\"500\"],"
                        + "\"algorithm\":[\"RS256\"]}}")).build());
        assertEquals(201, added.statusCode(), added.body());

        String after = stack().keycloak().passwordGrant("taskgate-cli", "heidi", "heidi-pass");
        assertNotEquals(kidBefore, kid(after), "Keycloak signs with the new key");
        HttpResponse<String> response = RawHttp.post(gateway() + "/v1/chat/completions", after, "globex-etl", CHAT);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(200, RawHttp.post(gateway() + "/v1/chat/completions", before, "globex-etl", CHAT).statusCode());
    }

    private byte[] publicKeyBytes(String kid) {
        JsonNode jwks = RawHttp.json(RawHttp.get(stack().keycloak().jwksUri(), null, null).body());
        for (JsonNode key : jwks.path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                try {
                    return java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.RSAPublicKeySpec(
                            new java.math.BigInteger(1, Base64.getUrlDecoder().decode(key.path("n").asText())),
                            new java.math.BigInteger(1, Base64.getUrlDecoder().decode(key.path("e").asText())))).getEncoded();
                } catch (java.security.GeneralSecurityException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("kid not in JWKS");
    }

    private static String kid(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).path("kid").asText();
    }

    private static String encode(JsonNode node) {
        return B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal API keys: tenant lifetime caps, rotation with a grace period, keys issued and revoked by an owner. */
@ExtendWith(StackExtension.class)
class ApiKeyLifecycleIT {

    private static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Load the sensor CSV\"}]}";

    static HttpResponse<String> chat(String credential) {
        return RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions", credential, "globex-etl", CHAT);
    }

    @Test
    void aTenantCapsTheLifetimeOfKeysThatCarryIt() {
        HttpResponse<String> tooLong = AdminApi.as("heidi").json("POST", "/api/keys", "{\"name\":\"ci\",\"expiresInDays\":60}");
        assertEquals(400, tooLong.statusCode(), tooLong.body());
        assertTrue(tooLong.body().contains("between 1 and 30"), tooLong.body());
        expect(201, AdminApi.as("heidi").json("POST", "/api/keys", "{\"name\":\"ci\",\"expiresInDays\":30}"));
    }

    @Test
    void rotationIssuesANewKeyAndKeepsTheOldOneOnlyForTheGracePeriod() {
        AdminApi heidi = AdminApi.as("heidi");
        JsonNode old = expect(201, heidi.json("POST", "/api/keys", "{\"name\":\"laptop\",\"expiresInDays\":20}"));
        JsonNode fresh = expect(201, heidi.json("POST", "/api/keys/" + old.path("keyId").asText() + "/rotate", "{}"));
        assertNotEquals(old.path("keyId").asText(), fresh.path("keyId").asText());
        assertEquals(old.path("tasks"), fresh.path("tasks"));
        assertEquals(200, chat(fresh.path("key").asText()).statusCode());
        assertEquals(200, chat(old.path("key").asText()).statusCode(), "the old key works during the grace period");
        JsonNode listed = expect(200, heidi.get("/api/keys"));
        for (JsonNode key : listed) {
            if (key.path("keyId").asText().equals(old.path("keyId").asText())) {
                Instant expires = Instant.parse(key.path("expiresAt").asText());
                assertTrue(expires.isBefore(Instant.now().plus(Duration.ofMinutes(61))), "grace ends within the hour: " + expires);
            }
        }
        HttpResponse<String> again = heidi.json("POST", "/api/keys/nokey/rotate", "{}");
        assertEquals(404, again.statusCode(), again.body());
    }

    @Test
    void anOwnerIssuesAKeyForAMemberWithOnlyTheirTenantAndRevokesIt() {
        assertEquals(200, chat(TestStack.current().token("heidi")).statusCode(), "heidi signs in once");
        AdminApi grace = AdminApi.as("grace");
        JsonNode issued = expect(201, grace.json("POST", "/api/tenants/globex/members/heidi/keys",
                "{\"name\":\"issued by owner\",\"expiresInDays\":7}"));
        assertEquals("[\"globex\"]", issued.path("tenants").toString());
        assertEquals("heidi", issued.path("username").asText());
        String key = issued.path("key").asText();
        assertEquals(200, chat(key).statusCode());
        JsonNode keys = expect(200, grace.get("/api/tenants/globex/members/heidi/keys"));
        assertTrue(keys.toString().contains(issued.path("keyId").asText()));
        assertTrue(!keys.toString().contains("\"key\""), "secrets are never listed");
        expect(200, grace.send("DELETE", "/api/tenants/globex/members/heidi/keys/" + issued.path("keyId").asText(),
                "application/json", null));
        HttpResponse<String> refused = chat(key);
        assertEquals(401, refused.statusCode(), refused.body());
        HttpResponse<String> foreign = AdminApi.as("alice").send("DELETE", "/api/tenants/acme/members/bob/keys/"
                + issued.path("keyId").asText(), "application/json", null);
        assertEquals(404, foreign.statusCode(), foreign.body());
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Onboarding through the admin API into the real Keycloak: single, CSV, linking, offboarding, new tenants. */
@ExtendWith(StackExtension.class)
class OnboardingIT {

    final AdminApi grace = AdminApi.as("grace");

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOwnerOnboardsANewContractorWhoMustSetAPasswordBeforeSigningIn() {
        String user = fresh("newbie");
        JsonNode member = expect(201, grace.json("POST", "/api/tenants/globex/members", "{\"username\":\"" + user
                + "\",\"email\":\"" + user + "@globex.example\",\"tasks\":[\"globex-etl\"],\"models\":[\"gpt-4o-mini\"]}"));
        assertTrue(member.path("identityCreated").asBoolean(), member.toString());
        assertEquals("CONTRACTOR", member.path("role").asText());
        assertFalse(member.path("subject").asText().isBlank(), member.toString());
        JsonNode listed = expect(200, grace.get("/api/tenants/globex/members/" + user));
        assertEquals("[\"globex-etl\"]", listed.path("tasks").toString());
        HttpResponse<String> again = grace.json("POST", "/api/tenants/globex/members",
                "{\"username\":\"" + user + "\",\"email\":\"" + user + "@globex.example\",\"tasks\":[]}");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("member_exists", RawHttp.errorCode(again));
    }

    @Test
    void aPersonAlreadyKnownToKeycloakIsLinkedIntoASecondTenantNotDuplicated() {
        String user = fresh("shared");
        expect(201, AdminApi.as("alice").json("POST", "/api/tenants/acme/members", "{\"username\":\"" + user
                + "\",\"email\":\"" + user + "@example.org\",\"tasks\":[\"acme-docs\"]}"));
        JsonNode linked = expect(201, grace.json("POST", "/api/tenants/globex/members", "{\"username\":\"" + user
                + "\",\"email\":\"" + user + "@example.org\",\"tasks\":[\"globex-etl\"]}"));
        assertFalse(linked.path("identityCreated").asBoolean(), linked.toString());
    }

    @Test
    void csvOnboardingReportsEveryRowAndABadRowDoesNotStopTheOthers() {
        String good = fresh("csv-good");
        String csv = "username,email,tasks,dailyTokens,budgetUsd,budgetPeriod\n"
                + good + "," + good + "@globex.example,globex-etl;globex-infra,20000,5,WEEK\n"
                + "broken,not-an-email,globex-etl,,,\n"
                + fresh("csv-task") + ",x@globex.example,acme-checkout,,,\n"
                + "ivan,ivan@globex.example,globex-infra,,,\n"
                + fresh("csv-limit") + ",y@globex.example,globex-etl,-1,,\n";
        JsonNode result = expect(200, grace.send("POST", "/api/tenants/globex/onboarding", "text/csv", csv));
        JsonNode rows = result.path("rows");
        assertEquals(5, rows.size(), result.toString());
        assertEquals("created", rows.get(0).path("result").asText(), rows.get(0).toString());
        assertEquals(2, rows.get(0).path("line").asInt());
        assertEquals("invalid_request", rows.get(1).path("code").asText());
        assertEquals("not_found", rows.get(2).path("code").asText());
        assertEquals("member_exists", rows.get(3).path("code").asText());
        assertEquals("invalid_request", rows.get(4).path("code").asText());
        assertEquals(1, result.path("succeeded").asInt());
        assertEquals(4, result.path("failed").asInt());
        JsonNode created = expect(200, grace.get("/api/tenants/globex/members/" + good));
        assertEquals(20000, created.path("limits").path("dailyTokens").asLong());
        assertEquals("WEEK", created.path("limits").path("budgetPeriod").asText());
        HttpResponse<String> noHeader = grace.send("POST", "/api/tenants/globex/onboarding", "text/csv", "a,b\n");
        assertEquals(400, noHeader.statusCode());
        assertEquals("invalid_request", RawHttp.errorCode(noHeader));
    }

    @Test
    void offboardingEndsAccessButKeepsTheMemberAndTheirHistory() {
        String user = fresh("leaver");
        expect(201, grace.json("POST", "/api/tenants/globex/members", "{\"username\":\"" + user
                + "\",\"email\":\"" + user + "@globex.example\",\"tasks\":[\"globex-etl\"]}"));
        JsonNode off = expect(200, grace.json("PATCH", "/api/tenants/globex/members/" + user, "{\"status\":\"OFFBOARDED\"}"));
        assertEquals("OFFBOARDED", off.path("status").asText());
        assertTrue(expect(200, grace.get("/api/tenants/globex/members")).toString().contains("\"" + user + "\""));
    }

    @Test
    void thePlatformAdminCreatesATenantWithItsFirstOwner() {
        String tenant = fresh("initech");
        String owner = fresh("peter");
        JsonNode created = expect(201, AdminApi.as("operator").json("POST", "/api/tenants", "{\"id\":\"" + tenant
                + "\",\"name\":\"Initech\",\"timeZone\":\"Europe/Paris\",\"owners\":[{\"username\":\"" + owner
                + "\",\"email\":\"" + owner + "@initech.example\"}]}"));
        assertEquals("OWNER", created.path("owners").get(0).path("role").asText(), created.toString());
        assertEquals("Europe/Paris", created.path("timeZone").asText());
        HttpResponse<String> duplicate = AdminApi.as("operator").json("POST", "/api/tenants",
                "{\"id\":\"" + tenant + "\",\"name\":\"Again\"}");
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        HttpResponse<String> badZone = AdminApi.as("operator").json("POST", "/api/tenants",
                "{\"id\":\"" + fresh("t") + "\",\"name\":\"Zone\",\"timeZone\":\"Mars/Olympus\"}");
        assertEquals(400, badZone.statusCode(), badZone.body());
    }
}

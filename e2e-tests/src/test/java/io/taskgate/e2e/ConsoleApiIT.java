package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read endpoints the web console needs: the caller's memberships with usage, and an owner's dashboard figures. */
@ExtendWith(StackExtension.class)
class ConsoleApiIT {

    static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"count me\"}]}";

    static void bobCalls() {
        TestStack stack = TestStack.current();
        assertEquals(200, RawHttp.post(stack.h2Gateway().baseUrl() + "/v1/chat/completions", stack.token("bob"),
                "acme-checkout", CHAT).statusCode());
    }

    static JsonNode waitForTokens(AdminApi api, String path, java.util.function.Function<JsonNode, JsonNode> tokens) {
        return Polling.until("tokens counted in " + path, Duration.ofSeconds(10), () -> expect(200, api.get(path)),
                body -> tokens.apply(body).asLong() > 0);
    }

    @Test
    void aContractorReadsTheirMembershipsWithStatusLimitsAndUsageTodayAndThisWeek() {
        bobCalls();
        JsonNode memberships = waitForTokens(AdminApi.as("bob"), "/api/me/memberships",
                b -> b.path(0).path("usage").path("today").path("tokens"));
        assertEquals(1, memberships.size(), memberships.toString());
        JsonNode acme = memberships.get(0);
        assertEquals("acme", acme.path("tenantId").asText());
        assertEquals("Acme Web Shop", acme.path("tenantName").asText());
        assertEquals("ACTIVE", acme.path("status").asText());
        assertTrue(acme.path("limits").isObject());
        assertTrue(acme.path("tasks").toString().contains("acme-checkout"));
        for (String period : new String[]{"today", "week", "month"}) {
            JsonNode p = acme.path("usage").path(period);
            assertTrue(p.path("tokens").asLong() > 0 && p.path("requests").asLong() > 0 && p.has("costUsd"), period + ": " + p);
        }
    }

    @Test
    void anOwnerReadsTheirTenantsDashboardWithPeriodsMembersAndDailySeries() {
        bobCalls();
        JsonNode board = waitForTokens(AdminApi.as("alice"), "/api/tenant-dashboards/acme?days=7",
                b -> b.path("today").path("tokens"));
        assertEquals("Europe/Berlin", board.path("timeZone").asText());
        assertTrue(board.path("month").path("tokens").asLong() >= board.path("today").path("tokens").asLong());
        assertTrue(board.path("members").path("bob").path("today").path("tokens").asLong() > 0, board.toString());
        assertEquals(7, board.path("daily").path("days").size());
        JsonNode series = board.path("daily").path("series");
        boolean bobToday = false;
        for (JsonNode s : series) {
            assertEquals(7, s.path("tokens").size());
            bobToday |= s.path("member").asText().equals("bob") && s.path("tokens").path(6).asLong() > 0;
        }
        assertTrue(bobToday, "bob's tokens today are the last day of his series: " + series);
    }

    @Test
    void theDashboardIsTenantScoped() {
        assertRefusal(AdminApi.as("grace").get("/api/tenant-dashboards/acme"), 404, "not_found");
        assertRefusal(AdminApi.as("bob").get("/api/tenant-dashboards/acme"), 403, "forbidden");
        assertRefusal(AdminApi.as("alice").get("/api/tenant-dashboards/acme?days=0"), 400, "invalid_request");
        assertRefusal(AdminApi.as("alice").get("/api/tenant-dashboards/globex"), 404, "not_found");
        assertEquals("globex", expect(200, AdminApi.as("operator").get("/api/tenant-dashboards/globex")).path("tenantId").asText());
        assertTrue(expect(200, AdminApi.as("operator").get("/api/me/memberships")).isEmpty(), "the operator is in no tenant");
    }

    static void assertRefusal(java.net.http.HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, RawHttp.errorCode(response), response.body());
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An owner (grace, tenant globex) manages a contractor (ivan) through the admin API, and every change applies to
 * ivan's very next proxy request, with the token he already holds. Each test puts ivan back as it found him.
 */
@ExtendWith(StackExtension.class)
class MemberAdministrationIT {

    private static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Write a helm chart\"}]}";
    private static final String IVAN = "/api/tenants/globex/members/ivan";

    final AdminApi grace = AdminApi.as("grace");

    HttpResponse<String> ivanCalls(String task) {
        return RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions",
                TestStack.current().token("ivan"), task, CHAT);
    }

    void assertRefused(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, RawHttp.errorCode(response), response.body());
    }

    @AfterEach
    void restoreIvan() {
        expect(200, grace.json("PATCH", IVAN, "{\"status\":\"ACTIVE\",\"tasks\":[\"globex-infra\"],\"accessExpiresAt\":\"\"}"));
        expect(200, grace.json("PUT", IVAN + "/limits", "{}"));
    }

    @Test
    void blockingAMemberRefusesTheNextRequestAndReEnablingLetsThemBackIn() {
        assertEquals(200, ivanCalls("globex-infra").statusCode());
        JsonNode blocked = expect(200, grace.json("PATCH", IVAN, "{\"status\":\"BLOCKED\",\"reason\":\"personal use\"}"));
        assertEquals("BLOCKED", blocked.path("status").asText());
        HttpResponse<String> refused = ivanCalls("globex-infra");
        assertRefused(403, "access_blocked", refused);
        assertTrue(RawHttp.json(refused.body()).path("error").path("message").asText().contains("project owner"));
        expect(200, grace.json("PATCH", IVAN, "{\"status\":\"ACTIVE\"}"));
        assertEquals(200, ivanCalls("globex-infra").statusCode());
    }

    @Test
    void aSuspendedMemberIsToldWhenToRetry() {
        String until = Instant.now().plusSeconds(3600).toString();
        expect(200, grace.json("PATCH", IVAN, "{\"status\":\"SUSPENDED\",\"suspendedUntil\":\"" + until + "\"}"));
        HttpResponse<String> refused = ivanCalls("globex-infra");
        assertRefused(403, "access_suspended", refused);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 3500 && retryAfter <= 3600, "Retry-After " + retryAfter);
        assertRefused(400, "invalid_request", grace.json("PATCH", IVAN, "{\"status\":\"SUSPENDED\"}"));
    }

    @Test
    void aTaskRemovedFromTheMembershipIsRefusedAtOnceThoughTheTokenStillCarriesIt() {
        expect(200, grace.json("PATCH", IVAN, "{\"tasks\":[]}"));
        assertRefused(403, "task_not_allowed", ivanCalls("globex-infra"));
    }

    @Test
    void anOwnerGivesATaskExampleRequestsAndBadOnesAreRefused() {
        String task = "globex-examples-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = expect(201, grace.json("POST", "/api/tenants/globex/tasks", "{\"id\":\"" + task
                + "\",\"name\":\"Broker spike\",\"description\":\"Evaluate a message broker\","
                + "\"examples\":[\"compare Kafka and RabbitMQ for 10k msgs/s\",\" \"]}"));
        assertEquals("[\"compare Kafka and RabbitMQ for 10k msgs/s\"]", created.path("examples").toString());
        JsonNode changed = expect(200, grace.json("PATCH", "/api/tenants/globex/tasks/" + task,
                "{\"examples\":[\"write a consumer with manual acks\",\"why is my consumer lag growing?\\n(log below)\"]}"));
        assertEquals(2, changed.path("examples").size(), changed.toString());
        assertEquals("why is my consumer lag growing?\n(log below)", changed.path("examples").get(1).asText());
        assertEquals(changed.path("examples"), expect(200, grace.get("/api/tenants/globex/tasks/" + task)).path("examples"));
        assertRefused(400, "invalid_request", grace.json("PATCH", "/api/tenants/globex/tasks/" + task,
                "{\"examples\":[\"" + "x".repeat(1001) + "\"]}"));
        assertRefused(400, "invalid_request", grace.json("PATCH", "/api/tenants/globex/tasks/" + task,
                "{\"examples\":[\"bell \\u0007\"]}"));
        assertEquals(2, expect(200, grace.get("/api/tenants/globex/tasks/" + task)).path("examples").size(),
                "a refused change changes nothing");
    }

    @Test
    void aNewTaskIsUsableWithoutANewLoginAndClosingItRefusesIt() {
        String task = "globex-spike-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = expect(201, grace.json("POST", "/api/tenants/globex/tasks", "{\"id\":\"" + task
                + "\",\"name\":\"Spike\",\"description\":\"Evaluate a message broker\",\"expectedIntents\":[\"design\",\"code\"]}"));
        assertEquals("globex", created.path("tenantId").asText());
        assertRefused(403, "task_not_allowed", ivanCalls(task));
        expect(200, grace.json("PATCH", IVAN, "{\"tasks\":[\"globex-infra\",\"" + task + "\"]}"));
        assertEquals(200, ivanCalls(task).statusCode());
        expect(200, grace.json("PATCH", "/api/tenants/globex/tasks/" + task, "{\"open\":false}"));
        HttpResponse<String> closed = ivanCalls(task);
        assertRefused(403, "task_not_allowed", closed);
        assertTrue(closed.body().contains("closed"), closed.body());
        assertRefused(409, "task_exists", grace.json("POST", "/api/tenants/globex/tasks",
                "{\"id\":\"" + task + "\",\"name\":\"Again\"}"));
    }

    @Test
    void aRequestRateLimitRefusesWith429RateLimitedUntilTheMinuteEnds() {
        expect(200, grace.json("PUT", IVAN + "/limits", "{\"requestsPerMinute\":2}"));
        HttpResponse<String> first = ivanCalls("globex-infra");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("1", first.headers().firstValue("x-ratelimit-remaining-requests").orElse(""),
                "the first of two requests leaves one");
        HttpResponse<String> second = ivanCalls("globex-infra");
        HttpResponse<String> third = second.statusCode() == 200 ? ivanCalls("globex-infra") : second;
        assertRefused(429, "rate_limited", third);
        long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    @Test
    void aTasksOwnQuotaIsSharedByItsMembersAndRefusesWith429OnceTheyHaveSpentIt() {
        String task = "globex-shared-" + UUID.randomUUID().toString().substring(0, 8);
        String quinnPath = "/api/tenants/globex/members/quinn";
        JsonNode quinnBefore = expect(200, grace.get(quinnPath));
        assertRefused(400, "invalid_request", grace.json("POST", "/api/tenants/globex/tasks", "{\"id\":\"" + task
                + "\",\"name\":\"Shared\",\"quota\":{\"dailyTokens\":0}}"));
        JsonNode created = expect(201, grace.json("POST", "/api/tenants/globex/tasks", "{\"id\":\"" + task
                + "\",\"name\":\"Shared\",\"description\":\"Helm charts\",\"quota\":{\"dailyTokens\":4000}}"));
        assertEquals(4000, created.path("quota").path("dailyTokens").asLong(), created.toString());
        StringBuilder quinnTasks = new StringBuilder("\"" + task + "\"");
        quinnBefore.path("tasks").forEach(t -> quinnTasks.append(",\"").append(t.asText()).append('"'));
        try {
            expect(200, grace.json("PATCH", IVAN, "{\"tasks\":[\"globex-infra\",\"" + task + "\"]}"));
            expect(200, grace.json("PATCH", quinnPath, "{\"tasks\":[" + quinnTasks + "]}"));
            expect(200, grace.json("PUT", quinnPath + "/limits", "{}"));
            String chat = "{\"model\":\"gpt-4o-mini\",\"max_tokens\":400,\"messages\":[{\"role\":\"user\","
                    + "\"content\":\"Write a helm chart [sim:words=20]\"}]}";
            String v1 = TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions";
            int[] answered = new int[2];
            HttpResponse<String> refused = null;
            for (int i = 0; i < 40 && refused == null; i++) {
                String who = i % 2 == 0 ? "ivan" : "quinn";
                HttpResponse<String> response = RawHttp.post(v1, TestStack.current().token(who), task, chat);
                if (response.statusCode() == 200) {
                    answered[i % 2]++;
                    long left = Long.parseLong(response.headers().firstValue("X-Quota-Remaining-Tokens").orElseThrow());
                    assertTrue(left < 4000, "the task's allowance is what is left: " + left);
                } else {
                    refused = response;
                }
            }
            assertTrue(answered[0] > 0 && answered[1] > 0, "both members used the task before it ran out");
            assertNotNull(refused, "the task's quota ran out");
            assertRefused(429, "quota_exceeded", refused);
            String message = RawHttp.json(refused.body()).path("error").path("message").asText();
            assertTrue(message.contains("the task's daily quota of 4000 tokens") && message.contains(task), message);
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);

            JsonNode lifted = expect(200, grace.json("PATCH", "/api/tenants/globex/tasks/" + task, "{\"quota\":{}}"));
            assertTrue(lifted.path("quota").path("dailyTokens").isNull(), lifted.toString());
            assertEquals(200, RawHttp.post(v1, TestStack.current().token("ivan"), task, chat).statusCode(),
                    "a lifted task quota applies from the next request");
        } finally {
            expect(200, grace.json("PATCH", quinnPath, "{\"tasks\":" + quinnBefore.path("tasks") + "}"));
            expect(200, grace.json("PUT", quinnPath + "/limits", quinnBefore.path("limits").toString()));
        }
    }

    @Test
    void expiredAccessIsRefused() {
        expect(200, grace.json("PATCH", IVAN, "{\"accessExpiresAt\":\"2020-01-01T00:00:00Z\"}"));
        assertRefused(403, "access_expired", ivanCalls("globex-infra"));
    }

    @Test
    void limitsAreValidatedStoredAndShown() {
        assertRefused(400, "invalid_request", grace.json("PUT", IVAN + "/limits", "{\"dailyTokens\":-5}"));
        JsonNode limited = expect(200, grace.json("PUT", IVAN + "/limits",
                "{\"dailyTokens\":50000,\"budgetUsd\":12.5,\"budgetPeriod\":\"WEEK\",\"requestsPerMinute\":30}"));
        assertEquals(50000, limited.path("limits").path("dailyTokens").asLong());
        assertEquals("WEEK", limited.path("limits").path("budgetPeriod").asText());
        JsonNode read = expect(200, grace.get(IVAN));
        assertEquals(30, read.path("limits").path("requestsPerMinute").asInt());
    }

    @Test
    void badInputIsRefusedInTheOpenAiErrorFormat() {
        assertRefused(400, "invalid_request", grace.json("PATCH", IVAN, "{\"status\":\"PROMOTED\"}"));
        assertRefused(400, "invalid_request", grace.json("PATCH", IVAN, "{\"endpoints\":[\"images\"]}"));
        assertRefused(404, "not_found", grace.json("PATCH", IVAN, "{\"tasks\":[\"acme-checkout\"]}"));
        assertRefused(400, "invalid_request", grace.json("PATCH", IVAN, "{\"accessExpiresAt\":\"tomorrow\"}"));
        HttpResponse<String> malformed = grace.json("PATCH", IVAN, "{\"status\":");
        assertEquals(400, malformed.statusCode(), malformed.body());
        RawHttp.errorCode(malformed);
        assertRefused(404, "not_found", grace.get("/api/tenants/globex/members/nobody"));
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatBeforeAndAfter() {
        expect(200, grace.json("PATCH", IVAN, "{\"status\":\"BLOCKED\",\"reason\":\"audit check\"}"));
        JsonNode log = expect(200, grace.get("/api/tenants/globex/audit?limit=20"));
        JsonNode entry = null;
        for (JsonNode e : log) {
            if (e.path("action").asText().equals("member.blocked") && e.path("after").asText().contains("audit check")) {
                entry = e;
                break;
            }
        }
        assertNotNull(entry, log.toString());
        assertEquals("grace", entry.path("actor").asText());
        assertEquals("ivan", entry.path("targetId").asText());
        assertTrue(RawHttp.json(entry.path("before").asText()).path("status").asText().matches("ACTIVE|BLOCKED"));
        assertEquals("BLOCKED", RawHttp.json(entry.path("after").asText()).path("status").asText());
        JsonNode all = expect(200, AdminApi.as("operator").get("/api/audit?limit=50"));
        assertTrue(all.toString().contains(entry.path("id").asText()));
    }

    @Test
    void usageIsReportedPerMemberTaskAndDayAsJsonAndCsv() {
        assertEquals(200, ivanCalls("globex-infra").statusCode());
        // the ledger row follows the answer once the detectors beside the upstream call are done
        JsonNode byMember = Polling.until("ivan's usage row", Duration.ofSeconds(10),
                () -> expect(200, grace.get("/api/tenants/globex/usage?groupBy=member")), body -> rowOf(body, "ivan") != null);
        JsonNode ivan = rowOf(byMember, "ivan");
        assertTrue(ivan.path("requests").asLong() >= 1 && ivan.path("completionTokens").asLong() > 0, ivan.toString());
        assertEquals("America/New_York", byMember.path("timeZone").asText());
        JsonNode byDay = expect(200, grace.get("/api/tenants/globex/usage?groupBy=day"));
        assertTrue(byDay.path("rows").size() >= 1);
        HttpResponse<String> csv = grace.get("/api/tenants/globex/usage?groupBy=task&format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("task,requests,refused,prompt_tokens,completion_tokens,total_tokens,cost_usd\n"), csv.body());
        assertTrue(csv.body().contains("\nglobex-infra,"), csv.body());
        assertRefused(400, "invalid_request", grace.get("/api/tenants/globex/usage?groupBy=weather"));
        JsonNode page = expect(200, grace.get("/api/tenants/globex/requests?member=ivan&limit=1"));
        assertTrue(page.path("total").asLong() >= 1);
        assertEquals(1, page.path("items").size());
        assertEquals("ivan", page.path("items").get(0).path("username").asText(), page.toString());
    }

    private static JsonNode rowOf(JsonNode usage, String key) {
        for (JsonNode row : usage.path("rows")) {
            if (row.path("key").asText().equals(key)) {
                return row;
            }
        }
        return null;
    }
}

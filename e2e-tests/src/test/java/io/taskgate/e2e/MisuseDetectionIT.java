package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Ledger;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import io.taskgate.simulator.HttpServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Misuse detection end to end: off-topic requests (labelled by the intent marker) raise heidi's deviation score
 * until she is blocked from the next request on; the owner is notified through a signed webhook, sees the
 * evidence in the review queue, and re-enables her.
 */
@ExtendWith(StackExtension.class)
class MisuseDetectionIT {

    record Delivery(String signature, String body) {
    }

    static HttpResponse<String> heidiAsks(String prompt) {
        return RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions",
                TestStack.current().token("heidi"), "globex-etl",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}");
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void offTopicUseBlocksTheMemberNotifiesTheOwnerAndTheOwnerReEnablesAfterReview() throws Exception {
        BlockingQueue<Delivery> deliveries = new ArrayBlockingQueue<>(10);
        HttpServer receiver = HttpServers.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Taskgate-Signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        AdminApi grace = AdminApi.as("grace");
        try {
            // other suites' requests may have left heidi with some score (under the suite's high default
            // threshold); the owner's re-enable starts her from zero
            expect(200, grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}"));
            expect(200, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":2.0,\"action\":\"BLOCK\","
                    + "\"webhookUrl\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\",\"webhookSecret\":\"s3cret\"}"));
            assertEquals(200, heidiAsks("Load the sensor CSV files into the warehouse").statusCode());
            assertEquals(200, heidiAsks("Give me a recipe for lasagne").statusCode());
            assertEquals(200, heidiAsks("Plan my vacation in Rome").statusCode(), "the request that crosses is answered");
            HttpResponse<String> blocked = heidiAsks("Load the sensor CSV files into the warehouse");
            assertEquals(403, blocked.statusCode(), blocked.body());
            assertEquals("access_blocked", RawHttp.errorCode(blocked));

            Delivery delivery = deliveries.poll(10, TimeUnit.SECONDS);
            assertNotNull(delivery, "the owner's webhook was called");
            assertEquals("sha256=" + hmac("s3cret", delivery.body()), delivery.signature());
            JsonNode event = RawHttp.json(delivery.body());
            assertEquals("member.flagged", event.path("event").asText());
            assertEquals("heidi", event.path("member").asText());
            assertEquals("BLOCK", event.path("action").asText());

            JsonNode queue = expect(200, grace.get("/api/tenants/globex/review"));
            JsonNode heidi = null;
            for (JsonNode c : queue) {
                if (c.path("username").asText().equals("heidi")) {
                    heidi = c;
                }
            }
            assertNotNull(heidi, queue.toString());
            assertTrue(heidi.path("score").asDouble() >= 1.9, heidi.toString());
            long markerSignals = 0;
            for (JsonNode e : heidi.path("evidence")) {
                assertTrue(e.path("requestId").asText().startsWith("req_"), e.toString());
                if (e.path("source").asText().equals("intent-marker")) {
                    assertEquals("off_topic", e.path("label").asText());
                    assertEquals("MAJOR", e.path("severity").asText());
                    markerSignals++;
                }
            }
            assertEquals(2, markerSignals, "one intent-marker signal per off-topic request: " + heidi);

            JsonNode reenabled = expect(200, grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}"));
            assertEquals("ACTIVE", reenabled.path("status").asText());
            assertEquals(200, heidiAsks("Load the sensor CSV files into the warehouse").statusCode());
            assertEquals(0.0, expect(200, grace.get("/api/tenants/globex/review/heidi")).path("score").asDouble(), 1e-6);
            String audit = expect(200, grace.get("/api/tenants/globex/audit?limit=50")).toString();
            assertTrue(audit.contains("review.reenable") && audit.contains("taskgate:misuse-detection"), audit);
        } finally {
            grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}");
            grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"webhookUrl\":\"\"}");
            receiver.stop(0);
        }
    }

    @Test
    void aLabelOutsideTheTasksIntentsIsASlightDeviation() {
        AdminApi grace = AdminApi.as("grace");
        expect(200, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":2.0}"));
        // other suites' requests may have left ivan's score above the slight ceiling, where a SLIGHT adds nothing
        expect(200, grace.json("POST", "/api/tenants/globex/review/ivan", "{\"decision\":\"REENABLE\"}"));
        double before = expect(200, grace.get("/api/tenants/globex/review/ivan")).path("score").asDouble();
        HttpResponse<String> response = RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions",
                TestStack.current().token("ivan"), "globex-infra",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Write JUnit tests for the exporter\"}]}");
        assertEquals(200, response.statusCode(), response.body());
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        // the detectors beside the upstream call may still be running when the answer arrives: the request is
        // scored just after it
        JsonNode marker = Polling.signalOf(grace, "globex", "ivan", requestId, "intent-marker", Duration.ofSeconds(10));
        JsonNode review = expect(200, grace.get("/api/tenants/globex/review/ivan"));
        assertEquals("SLIGHT", marker.path("severity").asText(), "test is not an expected intent of globex-infra (ops, code, doc)");
        assertEquals("test", marker.path("label").asText());
        assertTrue(review.path("score").asDouble() - before >= 0.1 - 1e-6, review.toString());
        assertEquals("forbidden", RawHttp.errorCode(AdminApi.as("ivan").get("/api/tenants/globex/review")));
        assertEquals(400, grace.json("POST", "/api/tenants/globex/review/ivan", "{\"decision\":\"PARDON\"}").statusCode());
        assertEquals(400, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":-1}").statusCode());
    }

    @Test
    void underAWarnPolicyAFlaggedMemberIsWarnedOnEveryAnswerAndOnTheirPageButNotRefused() {
        AdminApi grace = AdminApi.as("grace");
        try {
            expect(200, grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}"));
            expect(200, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":1.0,\"action\":\"WARN\"}"));
            assertEquals(200, heidiAsks("Give me a recipe for lasagne").statusCode());
            // under WARN nothing is refused, so the next request does not wait for the scoring beside the call:
            // the warning applies once the flag is recorded (with a real model, before the next request arrives)
            Polling.until("heidi's review action WARN", Duration.ofSeconds(10),
                    () -> expect(200, grace.get("/api/tenants/globex/review/heidi")).path("action").asText(), "WARN"::equals);
            HttpResponse<String> warned = heidiAsks("Load the sensor CSV files into the warehouse");
            assertEquals(200, warned.statusCode(), warned.body());
            assertTrue(warned.headers().firstValue("X-Taskgate-Warning").orElse("").contains("project owner"),
                    warned.headers().map().toString());
            JsonNode mine = expect(200, AdminApi.as("heidi").get("/api/me/memberships"));
            assertTrue(mine.toString().contains("look unrelated to its tasks"), mine.toString());
            assertEquals("WARN", expect(200, grace.get("/api/tenants/globex/review/heidi")).path("action").asText());
        } finally {
            grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}");
            grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":2.0,\"action\":\"BLOCK\"}");
        }
    }

    static HttpResponse<String> carolAsks(String prompt) {
        return RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions",
                TestStack.current().token("carol"), "acme-docs",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}");
    }

    /** The review's evidence of one request of {@code member}, once it is scored (it follows the answer). */
    static JsonNode markerSignalOf(AdminApi owner, String tenant, String member, String requestId) {
        return Polling.signalOf(owner, tenant, member, requestId, "intent-marker", Duration.ofSeconds(10));
    }

    @Test
    void aPromptSentAgainCountsOnceAndAReEnabledMembersFlaggedPromptsBecomeExamplesOfTheirTask() {
        AdminApi alice = AdminApi.as("alice");
        String task = "/api/tenants/acme/tasks/acme-docs";
        JsonNode examplesBefore = expect(200, alice.get(task)).path("examples");
        try {
            expect(200, alice.json("POST", "/api/tenants/acme/review/carol", "{\"decision\":\"REENABLE\"}"));
            expect(200, alice.json("PUT", "/api/tenants/acme/misuse-policy", "{\"threshold\":2.0,\"action\":\"BLOCK\"}"));
            HttpResponse<String> first = carolAsks("Give me a recipe for lasagne");
            HttpResponse<String> again = carolAsks("give me a recipe   for lasagne");
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(200, again.statusCode(), again.body());
            JsonNode repeat = markerSignalOf(alice, "acme", "carol", again.headers().firstValue("X-Request-Id").orElseThrow());
            assertEquals("MAJOR", repeat.path("severity").asText());
            assertEquals(0.0, repeat.path("weight").asDouble(), 1e-9, repeat.toString());
            assertTrue(repeat.path("evidence").asText().contains("not counted again"), repeat.toString());
            assertEquals("ACTIVE", expect(200, alice.get("/api/tenants/acme/members/carol")).path("status").asText(),
                    "a retry of one off-topic prompt is one deviation, not two");

            HttpResponse<String> crossing = carolAsks("Plan my vacation in Rome");
            assertEquals(200, crossing.statusCode(), crossing.body());
            HttpResponse<String> blocked = carolAsks("Write the setup guide section for Linux");
            assertEquals(403, blocked.statusCode(), blocked.body());
            assertEquals("access_blocked", RawHttp.errorCode(blocked));

            // the owner judges the flagged prompts part of the work: the task learns them (prompts are retained at acme)
            for (HttpResponse<String> r : java.util.List.of(first, crossing)) {
                Ledger.row(TestStack.current().h2Gateway().baseUrl(), TestStack.current().token("carol"),
                        r.headers().firstValue("X-Request-Id").orElseThrow());
            }
            expect(200, alice.json("POST", "/api/tenants/acme/review/carol", "{\"decision\":\"REENABLE\"}"));
            String examples = expect(200, alice.get(task)).path("examples").toString();
            assertTrue(examples.contains("Give me a recipe for lasagne") && examples.contains("Plan my vacation in Rome"),
                    examples);
            String audit = expect(200, alice.get("/api/tenants/acme/audit?limit=20")).toString();
            assertTrue(audit.contains("task.examples.learned"), audit);
        } finally {
            alice.json("PATCH", task, "{\"examples\":" + examplesBefore + "}");
            alice.json("POST", "/api/tenants/acme/review/carol", "{\"decision\":\"REENABLE\"}");
            // back to the suite's default threshold, so other suites' requests of acme members never block them
            alice.json("PUT", "/api/tenants/acme/misuse-policy", "{\"threshold\":1000}");
        }
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.devstack.PostgresServer;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Database faults against the real servers: the suite's PostgreSQL is stopped at once, frozen and started again
 * under the two gateways that share it. The gateways must fail closed (503 in OpenAI JSON with Retry-After, within
 * a few seconds, never a 500 page), recover by themselves within seconds of the database coming back, and lose no
 * usage row and no quota settlement. Runs after every other class ({@link ClassOrderer.OrderAnnotation}, see
 * {@code junit-platform.properties}), so the faults it causes cannot disturb them; it leaves the database running.
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE)
class DatabaseFaultsIT {

    static final String TASK = "acme-checkout";
    /** How long a request may take while the database is away: the quota deadline plus the pool's wait, with room. */
    static final Duration FAIL_FAST = Duration.ofSeconds(6);
    static final Duration RECOVERY = Duration.ofSeconds(20);
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static TestStack stack() {
        return TestStack.current();
    }

    static PostgresServer pg() {
        return stack().postgres();
    }

    static List<PayaraServer> gateways() {
        return List.of(stack().postgresGateway(), stack().secondPostgresGateway());
    }

    static String chat(String prompt) {
        try {
            return "{\"model\":\"gpt-4o-mini\",\"max_tokens\":20,\"messages\":[{\"role\":\"user\",\"content\":"
                    + JSON.writeValueAsString(prompt) + "}]}";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> call(PayaraServer gateway, String bearer, String prompt) {
        return RawHttp.post(gateway.baseUrl() + "/v1/chat/completions", bearer, TASK, chat(prompt + " [sim:words=3]"));
    }

    @AfterEach
    void databaseRunsAgain() {
        try {
            pg().thaw();
        } catch (RuntimeException e) {
            // not frozen
        }
        try {
            pg().sql("postgres", "SELECT 1");
        } catch (RuntimeException e) {
            pg().startAgain();
        }
        waitUntilBothAnswer200(stack().token("bob"));
    }

    @Test
    @Order(1)
    void afterAnImmediateStopBothInstancesAnswer503JsonThenRecoverWithinSecondsOfTheRestart() throws Exception {
        String bob = stack().token("bob");
        String key = apiKey(bob);
        waitUntilBothAnswer200(bob);
        List<String> served = new ArrayList<>();
        for (PayaraServer gateway : gateways()) {
            served.add(requestId(assert200(call(gateway, bob, "before the outage"))));
            served.add(requestId(assert200(call(gateway, key, "before the outage, with a key"))));
        }

        pg().stopImmediately();
        long outageStart = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (PayaraServer gateway : gateways()) {
                for (String credential : List.of(bob, key)) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = call(gateway, credential, "during the outage");
                    Duration took = Duration.ofNanos(System.nanoTime() - t0);
                    if (answer.statusCode() == 200) {
                        served.add(requestId(answer)); // a caller whose limits and counters were not needed
                        continue;
                    }
                    assertOutage(answer);
                    assertTrue(took.compareTo(FAIL_FAST) < 0, "answered in " + took.toMillis() + " ms while down");
                }
            }
            HttpResponse<String> ready = RawHttp.get(gateways().get(0).baseUrl() + "/health/ready", null, null);
            assertEquals(503, ready.statusCode(), "not ready while the database is down: " + ready.body());
        }
        Thread.sleep(Math.max(0, 12_000 - Duration.ofNanos(System.nanoTime() - outageStart).toMillis()));

        pg().startAgain();
        long back = System.nanoTime();
        waitUntilBothAnswer200(bob);
        waitUntilBothAnswer200(key);
        for (PayaraServer gateway : gateways()) {
            waitUntilReady(gateway, back);
            served.add(requestId(assert200(call(gateway, bob, "after the outage"))));
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - back);
        assertTrue(recovery.compareTo(RECOVERY) < 0, "recovered in " + recovery.toMillis() + " ms");
        waitUntilInLedger(served);
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsFrozenRequestsAreAnsweredWithinTheDeadlineAndNoServedRowIsLost() throws Exception {
        String bob = stack().token("bob");
        waitUntilBothAnswer200(bob);
        ConcurrentLinkedQueue<String> served = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> slow = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            pg().freeze();
            long frozenAt = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                PayaraServer gateway = gateways().get(i % 2);
                int n = i;
                calls.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = call(gateway, bob, "frozen " + n);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (ms > FAIL_FAST.toMillis()) {
                        slow.add(ms);
                    }
                    if (answer.statusCode() == 200) {
                        served.add(requestId(answer));
                    } else if (answer.statusCode() != 503 || !answer.body().contains("\"error\"")) {
                        wrong.add(answer.statusCode() + " " + answer.body());
                    }
                    return null;
                }));
                Thread.sleep(250);
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            Thread.sleep(Math.max(0, 15_000 - Duration.ofNanos(System.nanoTime() - frozenAt).toMillis()));
        } finally {
            pg().thaw();
            pool.shutdownNow();
        }
        assertTrue(slow.isEmpty(), "requests that waited past " + FAIL_FAST.toMillis() + " ms: " + slow);
        assertTrue(wrong.isEmpty(), "answers other than 200 or 503 JSON: " + wrong);
        waitUntilBothAnswer200(bob);
        waitUntilInLedger(new ArrayList<>(served));
    }

    @Test
    @Order(3)
    void aNulCharacterInAPromptIsStoredAndTheRowsAfterItAreWritten() {
        String bob = stack().token("bob"); // acme keeps prompts
        String nul = requestId(assert200(call(gateways().get(0), bob, "Write Java \u0000 method")));
        String after = requestId(assert200(call(gateways().get(0), bob, "and the next one")));
        waitUntilInLedger(List.of(nul, after));
        String stored = pg().sql("taskgate", "SELECT prompt_text FROM usage_record WHERE id = '" + nul + "'");
        assertTrue(stored.contains("Write Java \\u0000 method"), "stored as its escape: " + stored);
    }

    @Test
    @Order(4)
    void theRequestPathPoolIsTheConfiguredSizeAndFitsThePostgresConnectionLimit() {
        int total = 0;
        for (PayaraServer gateway : gateways()) {
            JsonNode checks = RawHttp.json(RawHttp.get(gateway.baseUrl() + "/health/ready", null, null).body()).path("checks");
            for (JsonNode check : checks) {
                if (check.path("name").asText().equals("database")) {
                    int max = check.path("data").path("pool_max").asInt();
                    assertEquals(TestStack.DB_POOL_MAX_SIZE, max, check.toString());
                    total += max;
                }
            }
        }
        int admin = 10;
        assertTrue(total + 2 * admin < PostgresServer.MAX_CONNECTIONS, "two instances fit max_connections");
        int open = Integer.parseInt(pg().sql("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = 'taskgate'"));
        assertTrue(open <= total + 2 * admin + 5, "connections open on the database: " + open);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static HttpResponse<String> assert200(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    static void assertOutage(HttpResponse<String> answer) {
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON, not a server page: " + answer.headers().map());
        String code = RawHttp.errorCode(answer);
        assertTrue(code.equals("quota_unavailable") || code.equals("service_unavailable"), code);
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "Retry-After on " + code);
    }

    static String requestId(HttpResponse<String> answer) {
        return answer.headers().firstValue("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id"));
    }

    static String apiKey(String bearer) {
        HttpResponse<String> created = RawHttp.send(RawHttp.request(gateways().get(0).baseUrl() + "/api/keys", bearer, null)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"faults\",\"tasks\":[\"" + TASK
                        + "\"],\"expiresInDays\":1}")).build());
        assertEquals(201, created.statusCode(), created.body());
        return RawHttp.json(created.body()).path("key").asText();
    }

    static void waitUntilBothAnswer200(String bearer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (PayaraServer gateway : gateways()) {
            while (true) {
                HttpResponse<String> answer = call(gateway, bearer, "are you back");
                if (answer.statusCode() == 200) {
                    break;
                }
                assertFalse(answer.body().startsWith("<"), "an HTML page: " + answer.body());
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(gateway.baseUrl() + " did not recover: " + answer.statusCode() + " "
                            + answer.body());
                }
                sleep(250);
            }
        }
    }

    /** Ready again (every check UP) within {@link #RECOVERY} of the database's return. */
    static void waitUntilReady(PayaraServer gateway, long sinceNanos) {
        while (true) {
            HttpResponse<String> ready = RawHttp.get(gateway.baseUrl() + "/health/ready", null, null);
            if (ready.statusCode() == 200) {
                return;
            }
            if (System.nanoTime() - sinceNanos > RECOVERY.toNanos()) {
                throw new AssertionError(gateway.baseUrl() + " not ready " + RECOVERY.toSeconds()
                        + " s after the database came back: " + ready.body());
            }
            sleep(250);
        }
    }

    static void waitUntilInLedger(List<String> ids) {
        String list = String.join("','", ids);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            long found = Long.parseLong(pg().sql("taskgate", "SELECT count(*) FROM usage_record WHERE id IN ('" + list + "')"));
            if (found == ids.size()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("usage rows of served requests: " + found + " of " + ids.size() + " in the ledger");
            }
            sleep(250);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

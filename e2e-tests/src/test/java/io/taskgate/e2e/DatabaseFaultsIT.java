package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.devstack.PostgresServer;
import io.taskgate.e2e.support.Polling;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    /**
     * While frozen: a request already at the database when it froze may wait out the driver's socket deadline twice
     * (5 s in the suite's URL: the pool's validation of its connection, then the query or a new connection); once
     * the probe has seen the freeze (within about 2 s), requests are refused at once.
     */
    static final Duration FROZEN_IN_FLIGHT = Duration.ofSeconds(12);
    static final Duration FROZEN_SEEN_AFTER = Duration.ofSeconds(3);
    static final Duration REFUSED_AT_ONCE = Duration.ofSeconds(1);
    static final Duration RECOVERY = Duration.ofSeconds(20);
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static TestStack stack() {
        return TestStack.current();
    }

    static PostgresServer pg() {
        return stack().postgres();
    }

    /** Set once the crash test killed the second instance: only the first is checked after it. */
    static volatile boolean secondKilled;

    static List<PayaraServer> gateways() {
        return secondKilled ? List.of(stack().postgresGateway())
                : List.of(stack().postgresGateway(), stack().secondPostgresGateway());
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
                    boolean afterDetection = t0 - frozenAt > FROZEN_SEEN_AFTER.toNanos();
                    HttpResponse<String> answer = call(gateway, bob, "frozen " + n);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    if (ms > (afterDetection ? REFUSED_AT_ONCE : FROZEN_IN_FLIGHT).toMillis()) {
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
        assertTrue(slow.isEmpty(), "requests that waited too long (over " + FROZEN_IN_FLIGHT.toMillis() + " ms when sent"
                + " in the first " + FROZEN_SEEN_AFTER.toSeconds() + " s, else over " + REFUSED_AT_ONCE.toMillis() + " ms): " + slow);
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
        int housekeeping = 2; // the heartbeat's own pool
        int fixed = 2 * (admin + housekeeping);
        assertTrue(total + fixed < PostgresServer.MAX_CONNECTIONS, "two instances fit max_connections");
        int open = Integer.parseInt(pg().sql("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = 'taskgate'"));
        assertTrue(open <= total + fixed + 5, "connections open on the database: " + open);
    }

    static final String QUINN = "globex/quinn";
    static final String ETL = "globex-etl";

    static String quinnChat(String prompt, int maxTokens, boolean stream) {
        try {
            return "{\"model\":\"gpt-4o-mini\",\"max_tokens\":" + maxTokens + (stream ? ",\"stream\":true" : "")
                    + ",\"messages\":[{\"role\":\"user\",\"content\":" + JSON.writeValueAsString(prompt) + "}]}";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** quinn gets a fresh daily token quota, seen by both instances. */
    static void quinnDailyTokens(long tokens) {
        pg().sql("taskgate", "UPDATE membership SET daily_tokens = " + tokens + ", max_tokens_per_request = NULL"
                + " WHERE id = '" + QUINN + "'");
        pg().sql("taskgate", "DELETE FROM quota_counter WHERE member_key = '" + QUINN + "'");
        pg().sql("taskgate", "INSERT INTO cache_change (kind, cache_key, changed_at) VALUES ('membership', '" + QUINN
                + "', CURRENT_TIMESTAMP)");
        sleep(1_000);
    }

    /** {used, reserved} of quinn's daily tokens. */
    static long[] quinnCounter() {
        String row = pg().sql("taskgate", "SELECT COALESCE(SUM(used), 0) || ',' || COALESCE(SUM(reserved), 0) FROM"
                + " quota_counter WHERE member_key = '" + QUINN + "' AND metric = 'tokens:day'");
        String[] parts = row.split(",");
        return new long[]{Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())};
    }

    @Test
    @Order(5)
    void underManyConcurrentRequestsOverBothInstancesTheCountersMatchWhatWasServedExactly() throws Exception {
        // room for well over 20 of the 200 (each reserves its prompt, the intent instruction naming the task, 40)
        long dailyTokens = 9_000;
        quinnDailyTokens(dailyTokens);
        String quinn = stack().token("quinn");
        ConcurrentLinkedQueue<Long> servedTokens = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(48);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                PayaraServer gateway = gateways().get(i % 2);
                int n = i;
                calls.add(pool.submit(() -> {
                    HttpResponse<String> answer = RawHttp.post(gateway.baseUrl() + "/v1/chat/completions", quinn, ETL,
                            quinnChat("check sensor batch " + n + " [sim:words=8]", 40, false));
                    if (answer.statusCode() == 200) {
                        servedTokens.add(RawHttp.json(answer.body()).path("usage").path("total_tokens").asLong());
                    } else if (answer.statusCode() != 429 || !"quota_exceeded".equals(RawHttp.errorCode(answer))) {
                        other.add(answer.statusCode() + " " + answer.body());
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(other.isEmpty(), "every refusal is 429 quota_exceeded, none 503: " + other);
        long served = servedTokens.stream().mapToLong(Long::longValue).sum();
        assertTrue(servedTokens.size() > 20, "served " + servedTokens.size());
        long[] counter = Polling.lastWithin(Duration.ofSeconds(15), DatabaseFaultsIT::quinnCounter,
                c -> c[1] == 0 && c[0] == served);
        assertEquals(served, counter[0], "tokens used = tokens served");
        assertEquals(0, counter[1], "nothing stays reserved");
        assertTrue(counter[0] <= dailyTokens, "no overshoot: " + counter[0] + " of " + dailyTokens);
        assertEquals("0", pg().sql("taskgate", "SELECT count(*) FROM quota_reservation r JOIN gateway_instance i"
                + " ON i.id = r.instance_id WHERE r.member_key = '" + QUINN + "'"), "no open reservation is left");
    }

    @Test
    @Order(6)
    void anInstanceFrozenPastTheDeadlineIsSweptAndCorrectsTheCounterToTheLedgerWhenItWakes() throws Exception {
        quinnDailyTokens(100_000);
        long start = System.currentTimeMillis();
        String quinn = stack().token("quinn");
        PayaraServer sleeper = stack().secondPostgresGateway();
        HttpResponse<java.io.InputStream> stream = RawHttp.postStreaming(sleeper.baseUrl() + "/v1/chat/completions",
                quinn, ETL, quinnChat("stream the nightly report [sim:words=60] [sim:chunk-delay-ms=40]", 2_000, true));
        assertEquals(200, stream.statusCode());
        String id = stream.headers().firstValue("X-Request-Id").orElseThrow();
        stream.body().readNBytes(200); // its first events have arrived

        String sweeps = "SELECT count(*) FROM quota_sweep WHERE member_key = '" + QUINN + "' AND swept_at >= " + start;
        sleeper.freeze();
        try {
            // the suite's instances count as stopped after 10 s without a heartbeat; the survivor sweeps every 2 s
            assertEquals("1", Polling.lastWithin(Duration.ofSeconds(40), () -> pg().sql("taskgate", sweeps), "1"::equals),
                    "the survivor swept the frozen instance's reservation");
            assertEquals(0, quinnCounter()[1], "the sweep released the reservation");
        } finally {
            sleeper.thaw();
        }
        try (java.io.InputStream body = stream.body()) {
            body.readAllBytes(); // the stream ends, completed or cut as idle: either way it is settled and recorded
        } catch (java.io.IOException ended) {
            // cut by the gateway after its pause
        }

        waitUntilInLedger(List.of(id));
        assertEquals("0", Polling.lastWithin(Duration.ofSeconds(20), () -> pg().sql("taskgate", sweeps), "0"::equals),
                "the instance claimed the sweep when it settled after all");
        long recorded = Long.parseLong(pg().sql("taskgate", "SELECT prompt_tokens + completion_tokens FROM usage_record"
                + " WHERE id = '" + id + "'"));
        assertTrue(recorded > 0, "the ledger recorded the stream's usage");
        assertArrayEquals(new long[]{recorded, 0}, quinnCounter(),
                "the counter was corrected from what the sweep charged to what the ledger records");
        assertTrue(java.nio.file.Files.readString(sleeper.logFile()).contains("settled by another instance's sweep"),
                "the instance says it was taken for stopped");
        waitUntilBothAnswer200(stack().token("bob"));
    }

    @Test
    @Order(7)
    void theStreamsOfAKilledInstanceAreChargedWhatTheyDeliveredByTheSurvivor() throws Exception {
        quinnDailyTokens(100_000);
        String quinn = stack().token("quinn");
        PayaraServer doomed = stack().secondPostgresGateway();
        List<java.io.InputStream> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<java.io.InputStream> stream = RawHttp.postStreaming(doomed.baseUrl() + "/v1/chat/completions",
                    quinn, ETL, quinnChat("stream the sensor report " + i + " [sim:words=400] [sim:chunk-delay-ms=50]",
                            2_000, true));
            assertEquals(200, stream.statusCode());
            open.add(stream.body());
        }
        for (java.io.InputStream body : open) {
            body.readNBytes(1500); // the first events have reached the client
        }
        sleep(3_000); // past one progress report (every 2 s)
        long reservedBefore = quinnCounter()[1];
        assertTrue(reservedBefore >= 5 * 2_000, "five streams reserved their completion: " + reservedBefore);

        doomed.kill();
        secondKilled = true;
        for (java.io.InputStream body : open) {
            try {
                body.close();
            } catch (java.io.IOException ignored) {
                // the connection died with the instance
            }
        }

        // the suite's instances count as stopped after 10 s without a heartbeat; the survivor sweeps every 2 s
        long[] counter = Polling.lastWithin(Duration.ofSeconds(40), DatabaseFaultsIT::quinnCounter, c -> c[1] == 0);
        assertEquals(0, counter[1], "the killed instance's reservations were released");
        assertTrue(counter[0] > 0 && counter[0] < reservedBefore,
                "charged what was delivered, not the whole reservation: used " + counter[0] + " of " + reservedBefore);
        HttpResponse<String> survivor = RawHttp.post(stack().postgresGateway().baseUrl() + "/v1/chat/completions", quinn,
                ETL, quinnChat("the survivor still serves [sim:words=3]", 20, false));
        assertEquals(200, survivor.statusCode(), survivor.body());
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
        Polling.until("usage rows of all " + ids.size() + " served requests in the ledger", Duration.ofSeconds(30),
                () -> Long.parseLong(pg().sql("taskgate", "SELECT count(*) FROM usage_record WHERE id IN ('" + list + "')")),
                found -> found == ids.size());
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

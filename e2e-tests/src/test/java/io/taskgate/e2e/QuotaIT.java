package io.taskgate.e2e;

import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quotas on the two gateways that share PostgreSQL, with demo member {@code quinn} (tenant globex, daily quota
 * of {@value #DAILY_TOKENS} tokens). Limits are changed directly in the membership table, as an admin would;
 * the gateways see a change within their 1 s membership cache.
 */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotaIT {

    static final long DAILY_TOKENS = 2000;
    static final String MEMBER = "globex/quinn";
    static final String TASK = "globex-etl";

    TestStack stack() {
        return TestStack.current();
    }

    Connection database() throws SQLException {
        var pg = stack().postgres();
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }

    void sql(String statement, Object... args) throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    long query(String statement, Object... args) throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * {used, reserved} of quinn's daily token counter, over all windows, read in one statement: two statements could
     * fall on either side of a settlement and pair the used tokens from before it with the reserved from after it.
     */
    long[] dailyCounter() throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(used), 0),"
                + " COALESCE(SUM(reserved), 0) FROM quota_counter WHERE member_key = ? AND metric = 'tokens:day'")) {
            s.setString(1, MEMBER);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return new long[]{rows.getLong(1), rows.getLong(2)};
            }
        }
    }

    /** Back to the demo limits with fresh counters, seen by both gateways. */
    @BeforeEach
    void freshQuota() throws Exception {
        sql("UPDATE membership SET daily_tokens = ?, max_tokens_per_request = NULL WHERE id = ?", DAILY_TOKENS, MEMBER);
        sql("DELETE FROM quota_counter WHERE member_key = ?", MEMBER);
        membershipChangedInTheDatabase();
    }

    /**
     * What an operator does after editing a membership row by hand: announce it in {@code cache_change}, which
     * every gateway polls (every 250 ms) to drop its cached memberships.
     */
    void membershipChangedInTheDatabase() throws Exception {
        sql("INSERT INTO cache_change (kind, cache_key, changed_at) VALUES ('membership', ?, CURRENT_TIMESTAMP)", MEMBER);
        Thread.sleep(750);
    }

    static String chat(String prompt, Integer maxTokens, boolean stream) {
        return "{\"model\":\"gpt-4o-mini\"" + (maxTokens == null ? "" : ",\"max_tokens\":" + maxTokens)
                + (stream ? ",\"stream\":true" : "")
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
    }

    @Test
    @Order(1)
    void plainAndStreamedAnswersCarryTheRemainingAllowance() throws Exception {
        String quinn = stack().token("quinn");
        String v1 = stack().postgresGateway().baseUrl() + "/v1";
        // a plain answer settles before it is sent once the detectors beside the call are done; as with a real
        // model, the upstream takes longer than they do (they run in the idle scheduling class, so on this busy
        // machine an answer within milliseconds could come first, and would carry the remaining quota of admission)
        HttpResponse<String> plain = RawHttp.post(v1 + "/chat/completions", quinn, TASK,
                chat("Check the sensor schema [sim:words=5] [sim:delay-ms=1000]", 20, false));
        assertEquals(200, plain.statusCode(), plain.body());
        long left = Long.parseLong(plain.headers().firstValue("X-Quota-Remaining-Tokens").orElseThrow());
        long used = RawHttp.json(plain.body()).path("usage").path("total_tokens").asLong();
        assertEquals(DAILY_TOKENS - used, left, "after settlement the header reports what is really left");

        HttpResponse<InputStream> streamed = RawHttp.postStreaming(v1 + "/chat/completions", quinn, TASK,
                chat("Stream the sensor schema [sim:words=5]", 20, true));
        assertEquals(200, streamed.statusCode());
        String header = streamed.headers().firstValue("X-Quota-Remaining-Tokens").orElseThrow();
        String events;
        try (InputStream body = streamed.body()) {
            events = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(events.contains("[DONE]"), events);
        assertTrue(Long.parseLong(header) < left, "a stream's header, sent before its first byte, counts its reservation");
        waitUntilSettled();
        assertTrue(dailyCounter()[0] > used, "the stream was settled with its reported usage");
    }

    @Test
    @Order(2)
    void aRequestAskingForMoreThanTheMembersCapIsRefusedAndOneNamingNoLimitGetsTheCap() throws Exception {
        sql("UPDATE membership SET max_tokens_per_request = 64 WHERE id = ?", MEMBER);
        membershipChangedInTheDatabase();
        String quinn = stack().token("quinn");
        String v1 = stack().secondPostgresGateway().baseUrl() + "/v1";
        HttpResponse<String> tooMany = RawHttp.post(v1 + "/chat/completions", quinn, TASK, chat("hi", 500, false));
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("max_tokens_exceeded", RawHttp.errorCode(tooMany));

        String marker = "cap-" + System.nanoTime();
        HttpResponse<String> capped = RawHttp.post(v1 + "/chat/completions", quinn, TASK, chat(marker, null, false));
        assertEquals(200, capped.statusCode(), capped.body());
        String forwarded = stack().simulator().requests().stream().map(r -> r.body())
                .filter(b -> b.contains(marker)).findFirst().orElseThrow();
        assertTrue(forwarded.contains("\"max_completion_tokens\":64"), forwarded);
    }

    @Test
    @Order(3)
    void twoGatewaysNeverSettleMoreThanTheDailyQuotaUnder200ConcurrentRequests() throws Exception {
        String quinn = stack().token("quinn");
        List<String> gateways = List.of(stack().postgresGateway().baseUrl(), stack().secondPostgresGateway().baseUrl());
        int requests = 200;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        // The client's own executor must not be the callers' pool: 200 blocked callers would starve it.
        ExecutorService clientThreads = Executors.newCachedThreadPool();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads)
                .connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int n = i;
            outcomes.add(pool.submit(() -> {
                go.await();
                boolean stream = n % 4 == 3;
                HttpRequest request = HttpRequest.newBuilder(URI.create(gateways.get(n % 2) + "/v1/chat/completions"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + quinn).header("X-Task-Id", TASK)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                chat("Summarise sensor batch " + n + " [sim:words=12]", 30, stream))).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String id = response.headers().firstValue("X-Request-Id").orElse("none");
                if (response.statusCode() == 200) {
                    return "200 " + id;
                }
                String retryAfter = response.headers().firstValue("Retry-After").orElse("none");
                return response.statusCode() + " " + RawHttp.errorCode(response) + " retry-after=" + retryAfter;
            }));
        }
        go.countDown();
        Map<String, Integer> seen = new TreeMap<>();
        List<String> answered = new ArrayList<>();
        int ok = 0;
        int refused = 0;
        for (Future<String> outcome : outcomes) {
            String result = outcome.get(120, TimeUnit.SECONDS);
            if (result.startsWith("200 ")) {
                ok++;
                answered.add(result.substring(4));
                seen.merge("200", 1, Integer::sum);
                continue;
            }
            refused++;
            String[] parts = result.split(" ");
            seen.merge(parts[0] + " " + parts[1], 1, Integer::sum);
            assertEquals("429", parts[0], result);
            assertTrue(parts[1].equals("quota_exceeded") || parts[1].equals("rate_limited"), result);
            assertTrue(parts[2].matches("retry-after=[1-9][0-9]*"), result);
        }
        pool.shutdownNow();
        clientThreads.shutdownNow();
        System.out.println("Quota run, outcomes: " + seen);
        assertTrue(ok > 0, "some requests succeed: " + seen);
        assertTrue(refused > 0, "some requests are refused: " + seen);

        long[] counter = waitUntilSettled();
        assertTrue(counter[0] <= DAILY_TOKENS, "settled " + counter[0] + " tokens, more than the quota of " + DAILY_TOKENS);

        // the answered requests' own ledger rows, by request id (rows are written just after settlement)
        String ids = "'" + String.join("','", answered) + "'";
        long answeredOk = ok;
        long ledgerOk = Polling.lastWithin(Duration.ofSeconds(20),
                () -> query("SELECT COUNT(*) FROM usage_record WHERE status = 200 AND id IN (" + ids + ")"), n -> n >= answeredOk);
        long ledgerTokens = query("SELECT COALESCE(SUM(prompt_tokens + completion_tokens), 0) FROM usage_record"
                + " WHERE id IN (" + ids + ")");
        assertEquals(ok, ledgerOk, "the ledger has every answered request");
        assertEquals(counter[0], ledgerTokens, "the counters settled exactly what the ledger recorded\n"
                + whatHappened(ids));
        assertTrue(ledgerTokens <= DAILY_TOKENS, "ledger total " + ledgerTokens + " > quota " + DAILY_TOKENS);
    }

    /** The run's ledger rows that used tokens, and what the gateways logged about settlements, for a failure. */
    String whatHappened(String ids) throws Exception {
        StringBuilder out = new StringBuilder("ledger rows of the answered requests (status, tokens, estimated,"
                + " created_at, id):\n");
        try (Connection c = database(); PreparedStatement s = c.prepareStatement("SELECT status, prompt_tokens"
                + " + completion_tokens, usage_estimated, created_at, id FROM usage_record WHERE id IN (" + ids + ")"
                + " ORDER BY created_at")) {
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.append("  ").append(rows.getInt(1)).append(' ').append(rows.getLong(2)).append(' ')
                            .append(rows.getBoolean(3)).append(' ').append(rows.getTimestamp(4)).append(' ')
                            .append(rows.getString(5)).append('\n');
                }
            }
        }
        out.append("counter now (used, reserved): ").append(java.util.Arrays.toString(dailyCounter()))
                .append(", open reservations: ").append(query("SELECT COUNT(*) FROM quota_reservation WHERE member_key = ?",
                MEMBER)).append(", unclaimed sweeps: ").append(query("SELECT COUNT(*) FROM quota_sweep WHERE member_key = ?",
                MEMBER)).append('\n');
        for (var gateway : List.of(stack().postgresGateway(), stack().secondPostgresGateway())) {
            for (String line : io.taskgate.devstack.ProcessLogs.tail(gateway.logFile(), 3000).split("\n")) {
                if (line.contains("Settled reservation") || line.contains("kept for later")
                        || line.contains("settled by another instance") || line.contains("Quota counters unavailable")) {
                    out.append(gateway.baseUrl()).append(": ").append(line, Math.max(0, line.lastIndexOf("] ") + 2),
                            line.length()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Waits for every reservation to be settled (streams settle just after their last byte). */
    long[] waitUntilSettled() {
        return Polling.until("no reservation left unsettled", Duration.ofSeconds(10), this::dailyCounter,
                counter -> counter[1] == 0);
    }
}

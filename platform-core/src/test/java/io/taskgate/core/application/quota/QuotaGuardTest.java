package io.taskgate.core.application.quota;

import io.taskgate.core.MutableClock;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.usage.PricingTable;
import io.taskgate.core.infrastructure.persistence.JdbcQuotaLedger;
import io.taskgate.core.infrastructure.persistence.QuotaDatabase;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotaGuardTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String MEMBER = "globex/quinn";
    static final String BODY = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final long PROMPT_BOUND = BODY.length() + QuotaGuard.PROMPT_OVERHEAD_TOKENS;

    // 23:00 in New York on 2026-06-10 is already 03:00 UTC on 2026-06-11
    final MutableClock clock = new MutableClock(Instant.parse("2026-06-11T03:00:00Z"));
    final DataSource db = QuotaDatabase.create();
    final QuotaGuard guard = new QuotaGuard(new JdbcQuotaLedger(db, clock), clock, PricingTable.defaults(), 4096);

    static ProxyExchange chat(long maxTokens, boolean stream) {
        Caller caller = new Caller("sub-q", "quinn", Caller.AuthKind.TOKEN, null, Set.of("globex"),
                Set.of("globex-etl"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());
        TaskInfo task = new TaskInfo("globex-etl", "globex", "ETL", "", true, Set.of());
        return new ProxyExchange(Instant.now(), System.nanoTime(), caller, task, Endpoint.CHAT_COMPLETIONS,
                new ProxyExchange.ProxyRequestBody() {
                    @Override
                    public Optional<String> model() {
                        return Optional.of("gpt-4o-mini");
                    }

                    @Override
                    public boolean streaming() {
                        return stream;
                    }

                    @Override
                    public String raw() {
                        return BODY;
                    }

                    @Override
                    public String promptText() {
                        return "hi";
                    }

                    @Override
                    public Optional<Long> maxTokens() {
                        return Optional.of(maxTokens);
                    }
                });
    }

    static MemberLimits daily(long tokens) {
        return new MemberLimits(tokens, null, null, null, null, null, null, null);
    }

    /** Admits, answers with the given usage, settles. */
    StageResult call(MemberLimits limits, long maxTokens, long usedTokens) {
        ProxyExchange exchange = chat(maxTokens, false);
        StageResult result = guard.admit(exchange, MEMBER, limits, NEW_YORK);
        if (!result.refused()) {
            exchange.upstreamCompleted(200, "ok", new Usage(usedTokens / 2, usedTokens - usedTokens / 2, false));
            guard.settle(exchange);
        }
        return result;
    }

    @Test
    void aTasksOwnQuotaIsSharedByItsMembersAndRefusesWith429WhenSpent() {
        TaskQuota task = new TaskQuota(2 * (PROMPT_BOUND + 100), null, null, null);
        MemberLimits roomy = daily(1_000_000);
        ProxyExchange quinns = chat(100, false);
        assertFalse(guard.admit(quinns, MEMBER, roomy, task, NEW_YORK).refused());
        assertEquals(Long.toString(PROMPT_BOUND + 100), quinns.responseHeaders().get("X-Quota-Remaining-Tokens"),
                "the task's allowance is the smaller one left");
        ProxyExchange heidis = chat(100, false);
        assertFalse(guard.admit(heidis, "globex/heidi", MemberLimits.UNLIMITED, task, NEW_YORK).refused(),
                "a member without own limits is still metered on the task");

        Refusal refusal = guard.admit(chat(100, false), "globex/ivan", roomy, task, NEW_YORK).refusal().orElseThrow();
        assertEquals(429, refusal.status());
        assertEquals("quota_exceeded", refusal.code());
        assertTrue(refusal.message().contains("the task's daily quota") && refusal.message().contains("globex-etl"),
                refusal.message());
        assertEquals("3600", refusal.headers().get("Retry-After"));
        assertArrayEquals(new long[]{0, 0}, QuotaDatabase.counter(db, "globex/ivan", "tokens:day"),
                "the refused request charged none of the member's own counters");

        quinns.upstreamCompleted(200, "ok", new Usage(30, 10, false));
        guard.settle(quinns);
        assertArrayEquals(new long[]{40, PROMPT_BOUND + 100},
                QuotaDatabase.counter(db, "task:globex-etl", "task-tokens:day"));
        assertFalse(guard.admit(chat(50, false), "globex/ivan", roomy, task, NEW_YORK).refused(),
                "what quinn did not use went back to the task");
    }

    @Test
    void aTasksBudgetRefusesOnceEveryonesCostReachesIt() {
        TaskQuota task = new TaskQuota(null, null, new BigDecimal("0.0001"), BudgetPeriod.DAY);
        int admitted = 0;
        while (!guard.admit(chat(100, false), "globex/m" + admitted, MemberLimits.UNLIMITED, task, NEW_YORK)
                .refused()) {
            admitted++;
        }
        assertTrue(admitted >= 1, "at least one call fits the budget");
        Refusal refusal = guard.admit(chat(100, false), "globex/late", MemberLimits.UNLIMITED, task, NEW_YORK)
                .refusal().orElseThrow();
        assertEquals("quota_exceeded", refusal.code());
        assertTrue(refusal.message().contains("the task's daily budget of USD 0.0001"), refusal.message());
    }

    @Test
    void withoutLimitsOfMemberOrTaskNothingIsCounted() {
        assertFalse(guard.admit(chat(100, false), MEMBER, MemberLimits.UNLIMITED, TaskQuota.NONE, NEW_YORK).refused());
        assertArrayEquals(new long[]{0, 0}, QuotaDatabase.counter(db, "task:globex-etl", "task-tokens:day"));
    }

    @Test
    void theDailyQuotaResetsAtMidnightInTheTenantsTimeZoneWithNothingCarriedOver() {
        MemberLimits limits = daily(PROMPT_BOUND + 100);
        assertFalse(call(limits, 100, 60).refused());
        StageResult refused = call(limits, 100, 60);
        assertTrue(refused.refused());
        Refusal refusal = refused.refusal().orElseThrow();
        assertEquals(429, refusal.status());
        assertEquals("quota_exceeded", refusal.code());
        assertEquals("3600", refusal.headers().get("Retry-After"), "an hour until midnight in New York");

        clock.set(Instant.parse("2026-06-11T03:59:59Z"));
        assertTrue(call(limits, 100, 60).refused(), "still the same day in New York");
        clock.set(Instant.parse("2026-06-11T04:00:00Z"));
        assertFalse(call(limits, 100, 60).refused(), "a new day: the whole quota again");
        assertTrue(call(limits, 100, 60).refused(), "yesterday's unused rest did not carry over");
    }

    @Test
    void aWeeklyBudgetResetsOnMonday() {
        MemberLimits limits = new MemberLimits(null, null, new BigDecimal("0.0005"), BudgetPeriod.WEEK,
                null, null, null, null);
        clock.set(Instant.parse("2026-06-14T12:00:00Z")); // Sunday
        // gpt-4o-mini: 0.15 / 0.60 USD per million tokens; the bound costs far less than 0.0005 USD
        int admitted = 0;
        while (!call(limits, 500, 1000).refused()) {
            admitted++;
        }
        assertTrue(admitted >= 1, "at least one call fits the budget");
        StageResult refused = call(limits, 500, 1000);
        assertEquals("quota_exceeded", refused.refusal().orElseThrow().code());
        clock.set(Instant.parse("2026-06-15T03:59:59Z")); // still Sunday in New York
        assertTrue(call(limits, 500, 1000).refused());
        clock.set(Instant.parse("2026-06-15T04:00:00Z")); // Monday 00:00 in New York
        assertFalse(call(limits, 500, 1000).refused());
    }

    @Test
    void theRequestRateResetsEachMinute() {
        MemberLimits limits = new MemberLimits(null, null, null, null, 2, null, null, null);
        clock.set(Instant.parse("2026-06-11T03:00:45Z"));
        assertFalse(call(limits, 10, 5).refused());
        assertFalse(call(limits, 10, 5).refused());
        Refusal refusal = call(limits, 10, 5).refusal().orElseThrow();
        assertEquals("rate_limited", refusal.code());
        assertEquals("15", refusal.headers().get("Retry-After"));
        clock.set(Instant.parse("2026-06-11T03:01:00Z"));
        assertFalse(call(limits, 10, 5).refused());
    }

    @Test
    void tokensPerMinuteCountPerModelAndConcurrentStreamsAreReleasedWhenTheyEnd() {
        MemberLimits limits = new MemberLimits(null, null, null, null, null, PROMPT_BOUND + 50, null, 1);
        ProxyExchange first = chat(50, true);
        assertFalse(guard.admit(first, MEMBER, limits, NEW_YORK).refused());
        assertEquals("0", first.responseHeaders().get("x-ratelimit-remaining-tokens"));
        Refusal second = guard.admit(chat(1, true), MEMBER, limits, NEW_YORK).refusal().orElseThrow();
        assertEquals("rate_limited", second.code());
        first.upstreamCompleted(200, "ok", new Usage(10, 5, true));
        guard.settle(first);
        assertArrayEquals(new long[]{0, 0}, QuotaDatabase.counter(db, MEMBER, "streams"));
        assertArrayEquals(new long[]{15, 0}, QuotaDatabase.counter(db, MEMBER, "tokens:minute:gpt-4o-mini"));
        assertFalse(guard.admit(chat(1, true), MEMBER, limits, NEW_YORK).refused());
    }

    @Test
    void aCallRefusedLaterOrFailedUpstreamReleasesItsReservationAndSettlingTwiceChargesOnce() {
        MemberLimits limits = daily(10_000);
        ProxyExchange refusedLater = chat(100, false);
        guard.admit(refusedLater, MEMBER, limits, NEW_YORK);
        guard.settle(refusedLater); // no upstream status: a later stage refused before the call
        ProxyExchange failed = chat(100, false);
        guard.admit(failed, MEMBER, limits, NEW_YORK);
        failed.upstreamCompleted(502, null, null);
        guard.settle(failed);
        assertArrayEquals(new long[]{0, 0}, QuotaDatabase.counter(db, MEMBER, "tokens:day"));

        ProxyExchange answered = chat(100, false);
        guard.admit(answered, MEMBER, limits, NEW_YORK);
        answered.upstreamCompleted(200, "ok", new Usage(7, 3, false));
        guard.settle(answered);
        guard.settle(answered);
        assertArrayEquals(new long[]{10, 0}, QuotaDatabase.counter(db, MEMBER, "tokens:day"));
        assertEquals(Long.toString(10_000 - 10), answered.responseHeaders().get("X-Quota-Remaining-Tokens"));
    }

    @Test
    void anAnswerWithoutUsageIsChargedItsFullReservation() {
        ProxyExchange exchange = chat(100, false);
        guard.admit(exchange, MEMBER, daily(10_000), NEW_YORK);
        exchange.upstreamCompleted(200, "ok", null);
        guard.settle(exchange);
        assertArrayEquals(new long[]{PROMPT_BOUND + 100, 0}, QuotaDatabase.counter(db, MEMBER, "tokens:day"));
    }

    @Test
    void remainingAllowanceIsReportedInHeaders() {
        MemberLimits limits = new MemberLimits(5_000L, null, null, null, 30, 2_000L, null, null);
        ProxyExchange exchange = chat(100, false);
        guard.admit(exchange, MEMBER, limits, NEW_YORK);
        assertEquals(Long.toString(5_000 - PROMPT_BOUND - 100), exchange.responseHeaders().get("X-Quota-Remaining-Tokens"));
        assertEquals("29", exchange.responseHeaders().get("x-ratelimit-remaining-requests"));
        assertEquals(Long.toString(2_000 - PROMPT_BOUND - 100), exchange.responseHeaders().get("x-ratelimit-remaining-tokens"));
    }

    @Test
    void aMemberWithoutLimitsIsNeitherMeteredNorTouchesTheDatabase() {
        QuotaGuard offline = new QuotaGuard(new JdbcQuotaLedger(new FailingDataSource(), clock), clock,
                PricingTable.defaults(), 4096);
        ProxyExchange exchange = chat(100, false);
        assertFalse(offline.admit(exchange, MEMBER, MemberLimits.UNLIMITED, NEW_YORK).refused());
        assertTrue(exchange.responseHeaders().isEmpty());
    }

    @Test
    void anUnreachableDatabaseRefusesWith503InsteadOfAdmittingUnmetered() {
        QuotaGuard offline = new QuotaGuard(new JdbcQuotaLedger(new FailingDataSource(), clock), clock,
                PricingTable.defaults(), 4096);
        StageResult result = offline.admit(chat(100, false), MEMBER, daily(10_000), NEW_YORK);
        Refusal refusal = result.refusal().orElseThrow();
        assertEquals(503, refusal.status());
        assertEquals("quota_unavailable", refusal.code());
        assertEquals("5", refusal.headers().get("Retry-After"));
    }

    /** A data source whose database cannot be reached. */
    static final class FailingDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused", "08001");
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

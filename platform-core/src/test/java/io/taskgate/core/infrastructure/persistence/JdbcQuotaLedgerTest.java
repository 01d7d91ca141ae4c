package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.quota.ActualUsage;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.Measure;
import io.taskgate.core.domain.model.quota.QuotaCharge;
import io.taskgate.core.domain.model.quota.QuotaWindow;
import io.taskgate.core.domain.model.quota.Reservation;
import io.taskgate.core.domain.model.quota.ReservationRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcQuotaLedgerTest {

    static final Instant NOW = Instant.parse("2026-06-10T12:00:30Z");
    static final QuotaWindow DAY = QuotaWindow.of(BudgetPeriod.DAY, ZoneOffset.UTC, NOW);
    static final QuotaWindow MINUTE = QuotaWindow.of(BudgetPeriod.MINUTE, ZoneOffset.UTC, NOW);

    final DataSource db = QuotaDatabase.create();
    final JdbcQuotaLedger ledger = new JdbcQuotaLedger(db, Clock.fixed(NOW, ZoneOffset.UTC));

    static QuotaCharge tokensToday(long amount, long limit) {
        return new QuotaCharge("tokens:day", Measure.TOKENS, DAY, amount, limit);
    }

    static QuotaCharge requestsThisMinute(long limit) {
        return new QuotaCharge("requests:minute", Measure.REQUESTS, MINUTE, 1, limit);
    }

    @Test
    void settlementReplacesTheReservationWithTheActualUsage() {
        Admission admission = ledger.reserve(new ReservationRequest("acme/bob", List.of(tokensToday(300, 1000))));
        Reservation reservation = assertInstanceOf(Admission.Admitted.class, admission).reservation();
        assertArrayEquals(new long[]{0, 300}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
        assertEquals(700, reservation.remaining().tokens().getAsLong());

        var remaining = ledger.settle(reservation, ActualUsage.of(42, 0));
        assertArrayEquals(new long[]{42, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
        assertEquals(958, remaining.tokens().getAsLong());
    }

    @Test
    void aFullCounterRefusesAndNoOtherCounterIsCharged() {
        ledger.reserve(new ReservationRequest("acme/bob", List.of(tokensToday(900, 1000))));
        Admission second = ledger.reserve(new ReservationRequest("acme/bob",
                List.of(requestsThisMinute(10), tokensToday(200, 1000))));
        Admission.Refused refused = assertInstanceOf(Admission.Refused.class, second);
        assertEquals("tokens:day", refused.charge().metric());
        assertEquals(900, refused.used());
        assertEquals(DAY.secondsUntilReset(NOW), refused.retryAfterSeconds());
        assertArrayEquals(new long[]{0, 0}, QuotaDatabase.counter(db, "acme/bob", "requests:minute"));
        assertArrayEquals(new long[]{0, 900}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
    }

    @Test
    void aRequestThatUsesNothingReleasesItsWholeReservation() {
        Reservation reservation = ((Admission.Admitted) ledger.reserve(new ReservationRequest("acme/bob",
                List.of(requestsThisMinute(10), tokensToday(500, 1000))))).reservation();
        ledger.settle(reservation, ActualUsage.NOTHING);
        assertArrayEquals(new long[]{0, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
        assertArrayEquals(new long[]{1, 0}, QuotaDatabase.counter(db, "acme/bob", "requests:minute"),
                "a request stays counted against the request rate");
    }

    @Test
    void membersHaveSeparateCounters() {
        ledger.reserve(new ReservationRequest("acme/bob", List.of(tokensToday(1000, 1000))));
        assertInstanceOf(Admission.Admitted.class,
                ledger.reserve(new ReservationRequest("acme/carol", List.of(tokensToday(1000, 1000)))));
    }

    @Test
    void anUpdateThatMissesARowWithRoomIsTriedAgainInsteadOfRefused() {
        ledger.reserve(new ReservationRequest("acme/bob", List.of(tokensToday(100, 1000))));
        JdbcQuotaLedger flaky = new JdbcQuotaLedger(missingFirstReservations(db, 2), Clock.fixed(NOW, ZoneOffset.UTC));

        Admission admission = flaky.reserve(new ReservationRequest("acme/bob", List.of(tokensToday(100, 1000))));

        assertInstanceOf(Admission.Admitted.class, admission, "a contended miss is not a refusal");
        assertArrayEquals(new long[]{0, 200}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
    }

    /** A DataSource whose first {@code misses} reserving updates match nothing, as H2 does under contention. */
    static DataSource missingFirstReservations(DataSource real, int misses) {
        AtomicLong left = new AtomicLong(misses);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (c, cm, cargs) -> {
                                Object statement = cm.invoke(connection, cargs);
                                if (!(statement instanceof PreparedStatement prepared)
                                        || !((String) cargs[0]).startsWith("UPDATE quota_counter SET reserved")) {
                                    return statement;
                                }
                                return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                                        new Class<?>[]{PreparedStatement.class}, (st, sm, sargs) ->
                                                sm.getName().equals("executeUpdate") && left.getAndDecrement() > 0
                                                        ? Integer.valueOf(0) : sm.invoke(prepared, sargs));
                            });
                });
    }

    @Test
    void manyThreadsNeverSettleMoreThanTheQuota() throws Exception {
        long quota = 5_000;
        int threads = 48;
        int perThread = 25;
        AtomicLong admittedActual = new AtomicLong();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    long bound = ThreadLocalRandom.current().nextLong(50, 400);
                    Admission admission = ledger.reserve(new ReservationRequest("globex/quinn",
                            List.of(tokensToday(bound, quota), requestsThisMinute(100_000))));
                    if (admission instanceof Admission.Admitted admitted) {
                        long actual = ThreadLocalRandom.current().nextLong(0, bound + 1);
                        admittedActual.addAndGet(actual);
                        ledger.settle(admitted.reservation(), ActualUsage.of(actual, 0));
                    } else if (admission instanceof Admission.Refused refused) {
                        refusals.add(refused.charge().metric());
                    } else {
                        throw new AssertionError("Counters unavailable under load: " + admission);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long[] counter = QuotaDatabase.counter(db, "globex/quinn", "tokens:day");
        assertEquals(admittedActual.get(), counter[0], "settled total equals what admitted requests used");
        assertTrue(counter[0] <= quota, "settled " + counter[0] + " > quota " + quota);
        assertEquals(0, counter[1], "no reservation left behind");
        assertTrue(!refusals.isEmpty() && refusals.stream().allMatch("tokens:day"::equals), "refusals by metric: " + refusals.stream().distinct().toList());
        long[] requests = QuotaDatabase.counter(db, "globex/quinn", "requests:minute");
        assertEquals((long) threads * perThread - refusals.size(), requests[0]);
    }
}

package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.quota.ActualUsage;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.Measure;
import io.taskgate.core.domain.model.quota.QuotaCharge;
import io.taskgate.core.domain.model.quota.QuotaWindow;
import io.taskgate.core.domain.model.quota.Remaining;
import io.taskgate.core.domain.model.quota.Reservation;
import io.taskgate.core.domain.model.quota.ReservationRequest;
import io.taskgate.core.MutableClock;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Every reservation is settled exactly once: by its request, by a later retry, or by a surviving instance. */
class QuotaReservationLifecycleTest {

    static final Instant NOW = Instant.parse("2026-06-10T12:00:30Z");
    static final QuotaWindow DAY = QuotaWindow.of(BudgetPeriod.DAY, ZoneOffset.UTC, NOW);

    final DataSource db = QuotaDatabase.create();
    final Switchable switchable = new Switchable(db);

    static ReservationRequest tokens(long amount) {
        return new ReservationRequest("acme/bob", List.of(new QuotaCharge("tokens:day", Measure.TOKENS, DAY, amount, 10_000)));
    }

    static Reservation admitted(Admission admission) {
        return assertInstanceOf(Admission.Admitted.class, admission).reservation();
    }

    @Test
    void aSettlementTheDatabaseRefusedIsKeptAndAppliedOnceItIsBack() {
        JdbcQuotaLedger ledger = new JdbcQuotaLedger(switchable, Clock.fixed(NOW, ZoneOffset.UTC));
        Reservation reservation = admitted(ledger.reserve(tokens(500)));

        switchable.down.set(true);
        assertSame(Remaining.NONE, ledger.settle(reservation, ActualUsage.of(120, 0)));
        assertEquals(1, ledger.pendingSettlements());
        ledger.maintain();
        assertEquals(1, ledger.pendingSettlements(), "still down: kept");

        switchable.down.set(false);
        ledger.maintain();
        assertEquals(0, ledger.pendingSettlements());
        assertArrayEquals(new long[]{120, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
        assertEquals(0, openReservations());
    }

    @Test
    void theReservationsOfAStoppedInstanceAreSettledByASurvivorAtWhatTheyDelivered() {
        JdbcQuotaLedger crashed = new JdbcQuotaLedger(db, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));
        Reservation stream = admitted(crashed.reserve(tokens(4_000)));
        admitted(crashed.reserve(tokens(1_000)));
        crashed.delivered(stream, ActualUsage.of(700, 0));

        JdbcQuotaLedger early = new JdbcQuotaLedger(db, Clock.fixed(NOW.plusSeconds(10), ZoneOffset.UTC), Duration.ofSeconds(30));
        early.maintain();
        assertArrayEquals(new long[]{0, 5_000}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"),
                "an instance that beat 10 s ago is alive");

        JdbcQuotaLedger survivor = new JdbcQuotaLedger(db, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), Duration.ofSeconds(30));
        survivor.maintain();
        assertArrayEquals(new long[]{700, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"),
                "the stream is charged what it delivered, the plain call that reported nothing is released");
        assertEquals(0, openReservations());
    }

    @Test
    void aLateSettlementOfASweptReservationCorrectsTheCounterToWhatWasReallyUsed() {
        JdbcQuotaLedger slow = new JdbcQuotaLedger(db, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));
        Reservation stream = admitted(slow.reserve(tokens(800)));
        Reservation plain = admitted(slow.reserve(tokens(500)));
        slow.delivered(stream, ActualUsage.of(300, 0));
        new JdbcQuotaLedger(db, Clock.fixed(NOW.plusSeconds(90), ZoneOffset.UTC), Duration.ofSeconds(30)).maintain();
        assertArrayEquals(new long[]{300, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"),
                "the sweep charged what was delivered and released the rest");

        slow.settle(stream, ActualUsage.of(350, 0));
        slow.settle(plain, ActualUsage.of(120, 0));

        assertArrayEquals(new long[]{470, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"),
                "the instance that was only slow corrects both to what they used");
        assertEquals(0, count("quota_sweep"), "each sweep record was claimed");
    }

    @Test
    void aSweptReservationIsCorrectedOnlyOnceWhenItsSettlementIsRepeated() {
        JdbcQuotaLedger slow = new JdbcQuotaLedger(switchable, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));
        Reservation reservation = admitted(slow.reserve(tokens(800)));
        new JdbcQuotaLedger(db, Clock.fixed(NOW.plusSeconds(90), ZoneOffset.UTC), Duration.ofSeconds(30)).maintain();

        slow.settle(reservation, ActualUsage.of(200, 0));
        slow.settle(reservation, ActualUsage.of(200, 0));

        assertArrayEquals(new long[]{200, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
    }

    @Test
    void aLiveInstanceKeepsBeatingThroughItsOwnConnectionsWhileEveryRequestConnectionIsTaken() {
        MutableClock time = new MutableClock(NOW);
        JdbcQuotaLedger busy = new JdbcQuotaLedger(switchable, db, time, Duration.ofSeconds(30));
        Reservation open = admitted(busy.reserve(tokens(900)));
        switchable.down.set(true); // no request connection can be had
        time.advance(Duration.ofSeconds(60));
        busy.maintain();

        new JdbcQuotaLedger(db, Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC), Duration.ofSeconds(30)).maintain();
        assertArrayEquals(new long[]{0, 900}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"),
                "the instance beat a second ago, so its open reservation is left alone");

        switchable.down.set(false);
        busy.settle(open, ActualUsage.of(40, 0));
        assertArrayEquals(new long[]{40, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
    }

    @Test
    void aLiveInstancesOpenReservationsAreLeftAlone() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        JdbcQuotaLedger ledger = new JdbcQuotaLedger(db, clock, Duration.ofSeconds(30));
        Reservation open = admitted(ledger.reserve(tokens(900)));
        JdbcQuotaLedger later = new JdbcQuotaLedger(db, Clock.fixed(NOW.plusSeconds(120), ZoneOffset.UTC), Duration.ofSeconds(30));
        ledger.maintain(); // beats at NOW
        // the first ledger keeps beating: its clock is fixed, so give its row a fresh beat as seen by the later one
        beatAt(ledger.instanceId(), NOW.plusSeconds(119));
        later.maintain();
        assertArrayEquals(new long[]{0, 900}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));

        ledger.settle(open, ActualUsage.of(10, 0));
        assertArrayEquals(new long[]{10, 0}, QuotaDatabase.counter(db, "acme/bob", "tokens:day"));
    }

    private void beatAt(String instance, Instant at) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE gateway_instance SET seen_at = " + at.toEpochMilli() + " WHERE id = '" + instance + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long openReservations() {
        return count("quota_reservation");
    }

    private long count(String table) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data source that can be switched off, as a database that went away. */
    static final class Switchable implements DataSource {
        final AtomicBoolean down = new AtomicBoolean();
        private final DataSource real;

        Switchable(DataSource real) {
            this.real = real;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("Connection refused", "08001");
            }
            return real.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
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
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("no");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}

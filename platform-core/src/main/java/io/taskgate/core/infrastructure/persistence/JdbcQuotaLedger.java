package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.quota.ActualUsage;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.QuotaCharge;
import io.taskgate.core.domain.model.quota.QuotaLedger;
import io.taskgate.core.domain.model.quota.Remaining;
import io.taskgate.core.domain.model.quota.Reservation;
import io.taskgate.core.domain.model.quota.ReservationRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.domain.model.quota.Measure;
import io.taskgate.core.domain.model.quota.QuotaWindow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Quota counters in table {@code quota_counter} (keyed by the member, or by a shared owner such as a task), plain JDBC, one short local transaction per admission and per
 * settlement. Admission charges every counter with a conditional update
 * ({@code used + reserved + amount <= limit}) in lock order; any counter without room rolls the whole
 * transaction back. Missing rows are created first, each insert on its own (a duplicate from a concurrent
 * instance is fine). Works on H2 2.2 and PostgreSQL 15 at READ COMMITTED: both re-check a conditional update's
 * condition against the committed row after waiting for its lock.
 *
 * <p><b>Exactly once.</b> Admission also writes a {@code quota_reservation} row in its transaction; settlement
 * deletes that row in its own, and changes the counters only when the delete found it. So a reservation is
 * settled once, whoever settles it:
 * <ul>
 *   <li>its own request, at the end of the exchange (answer, refusal, error or disconnect);</li>
 *   <li>this instance's {@link #maintain()}, with the actual usage kept in memory when the database could not be
 *   written at the end of the exchange (retried until it can);</li>
 *   <li>any instance's {@link #maintain()}, when the reservation's instance stopped beating for
 *   {@code deadAfter} (crashed, killed, cut off) or holds it no more: it is charged what it delivered
 *   ({@link #delivered}), zero for a plain call that never reported any.</li>
 * </ul>
 * A sweep leaves a {@code quota_sweep} row with what it charged. An instance that was only taken for stopped (a
 * long pause, a starved heartbeat) and settles the reservation after all finds that row instead of the
 * reservation, deletes it, and corrects each counter from what the sweep charged to what was really used, so the
 * counters agree with the usage ledger however the reservation ended.
 *
 * <p>The heartbeat, the kept settlements and the sweep use their own data source ({@code housekeeping}) when
 * given one, so a burst of requests holding every pooled connection cannot make a live instance miss its beats.
 */
public class JdbcQuotaLedger implements QuotaLedger {

    private static final Logger LOG = Logger.getLogger(JdbcQuotaLedger.class.getName());
    private static final String KEY = "member_key = ? AND metric = ? AND window_start = ?";
    private static final String RESERVE = "UPDATE quota_counter SET reserved = reserved + ? WHERE " + KEY
            + " AND used + reserved + ? <= ?";
    private static final String SETTLE = "UPDATE quota_counter SET used = used + ?, reserved = reserved - ? WHERE " + KEY;
    private static final String READ = "SELECT used, reserved FROM quota_counter WHERE " + KEY;
    private static final String INSERT = "INSERT INTO quota_counter (member_key, metric, window_start, window_end, used, reserved)"
            + " VALUES (?, ?, ?, ?, 0, 0)";
    private static final String PURGE = "DELETE FROM quota_counter WHERE window_end < ?";
    private static final int ATTEMPTS = 4;
    private static final int PASSES = 32;
    private static final Admission ROWS_MISSING = new Admission.Unavailable("rows missing");
    private static final Admission CONTENDED = new Admission.Unavailable("contended");
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    private static final Duration KEEP_AFTER_END = Duration.ofDays(2);
    private static final Duration DEFAULT_DEAD_AFTER = Duration.ofSeconds(30);
    private static final int MAX_BACKLOG = 200_000;
    private static final String INSERT_RESERVATION = "INSERT INTO quota_reservation (id, instance_id, member_key,"
            + " charges, created_at, delivered_tokens, delivered_micros) VALUES (?, ?, ?, ?, ?, 0, 0)";
    private static final String DELETE_RESERVATION = "DELETE FROM quota_reservation WHERE id = ?";
    private static final String DELIVERED = "UPDATE quota_reservation SET delivered_tokens = ?, delivered_micros = ?"
            + " WHERE id = ?";
    private static final String ORPHANS = "SELECT r.id, r.member_key, r.charges, r.delivered_tokens, r.delivered_micros,"
            + " r.instance_id FROM quota_reservation r WHERE r.created_at < ? AND NOT EXISTS (SELECT 1 FROM"
            + " gateway_instance i WHERE i.id = r.instance_id AND i.seen_at >= ?)";
    private static final String OWN_OLD = "SELECT id, member_key, charges, delivered_tokens, delivered_micros,"
            + " instance_id FROM quota_reservation WHERE instance_id = ? AND created_at < ?";
    private static final String RECORD_SWEEP = "INSERT INTO quota_sweep (reservation_id, member_key, delivered_tokens,"
            + " delivered_micros, swept_at) VALUES (?, ?, ?, ?, ?)";
    private static final String READ_SWEEP = "SELECT delivered_tokens, delivered_micros FROM quota_sweep"
            + " WHERE reservation_id = ?";
    private static final String DELETE_SWEEP = "DELETE FROM quota_sweep WHERE reservation_id = ?";
    private static final String CORRECT = "UPDATE quota_counter SET used = used + ? WHERE " + KEY;
    private static final String PURGE_SWEEPS = "DELETE FROM quota_sweep WHERE swept_at < ?";
    private static final String BEAT = "UPDATE gateway_instance SET seen_at = ? WHERE id = ?";
    private static final String REGISTER = "INSERT INTO gateway_instance (id, started_at, seen_at) VALUES (?, ?, ?)";
    private static final String FORGET_DEAD = "DELETE FROM gateway_instance WHERE seen_at < ? AND NOT EXISTS"
            + " (SELECT 1 FROM quota_reservation r WHERE r.instance_id = gateway_instance.id)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final DataSource housekeeping;
    private final Clock clock;
    private final Duration deadAfter;
    private final String instanceId = UUID.randomUUID().toString();
    private final AtomicLong lastPurge = new AtomicLong();
    /** Reservations of this instance whose exchange is still running or whose settlement is kept. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<PendingSettlement> backlog = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlogSize = new AtomicInteger();

    private record PendingSettlement(Reservation reservation, ActualUsage actual) {
    }

    /** One charge as kept in {@code quota_reservation.charges}. */
    record StoredCharge(String owner, String metric, String measure, long windowStart, long windowEnd, long amount,
                        long limit) {
        static StoredCharge of(QuotaCharge c) {
            return new StoredCharge(c.owner(), c.metric(), c.measure().name(), c.window().start().getEpochSecond(),
                    c.window().end().getEpochSecond(), c.amount(), c.limit());
        }

        QuotaCharge charge() {
            return new QuotaCharge(owner, metric, Measure.valueOf(measure),
                    new QuotaWindow(Instant.ofEpochSecond(windowStart), Instant.ofEpochSecond(windowEnd)), amount, limit);
        }
    }

    public JdbcQuotaLedger(DataSource dataSource, Clock clock) {
        this(dataSource, clock, DEFAULT_DEAD_AFTER);
    }

    /** {@code deadAfter}: how long an instance may miss its heartbeat before others settle its reservations. */
    public JdbcQuotaLedger(DataSource dataSource, Clock clock, Duration deadAfter) {
        this(dataSource, dataSource, clock, deadAfter);
    }

    /**
     * {@code housekeeping}: the data source of the heartbeat, the kept settlements and the sweep, apart from the
     * requests' {@code dataSource} so that requests cannot starve the heartbeat.
     */
    public JdbcQuotaLedger(DataSource dataSource, DataSource housekeeping, Clock clock, Duration deadAfter) {
        this.dataSource = dataSource;
        this.housekeeping = housekeeping;
        this.clock = clock;
        this.deadAfter = deadAfter;
        beat();
    }

    /** This ledger's instance id, as written in {@code gateway_instance}. */
    public String instanceId() {
        return instanceId;
    }

    @Override
    public Admission reserve(ReservationRequest request) {
        if (request.isEmpty()) {
            return new Admission.Admitted(Reservation.NONE);
        }
        SQLException last = null;
        int failures = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            try (Connection connection = dataSource.getConnection()) {
                purgeNowAndThen(connection);
                Admission admission = tryReserve(connection, request);
                if (admission == ROWS_MISSING) {
                    createRows(connection, request.memberKey(), request.charges());
                } else if (admission != CONTENDED) {
                    return admission;
                }
            } catch (SQLException e) {
                last = e;
                if (!worthRetrying(e) || ++failures >= ATTEMPTS) {
                    break;
                }
            }
        }
        LOG.log(Level.WARNING, "Quota counters unavailable", last);
        return new Admission.Unavailable(last == null ? "quota counters stayed contended" : last.getMessage());
    }

    /**
     * Charges every counter or none. A conditional update that matched nothing is a refusal only when the row,
     * read again, really has no room: under contention H2 can miss a row whose lock holder rolled back, and
     * that is answered with another pass ({@link #CONTENDED}), never with a false 429.
     */
    private Admission tryReserve(Connection connection, ReservationRequest request) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (QuotaCharge charge : request.charges()) {
                if (update(connection, RESERVE, new long[]{charge.amount()}, request.memberKey(), charge,
                        charge.amount(), charge.limit()) == 1) {
                    continue;
                }
                long[] row = read(connection, request.memberKey(), charge);
                connection.rollback();
                if (row == null) {
                    return ROWS_MISSING;
                }
                if (row[0] + row[1] + charge.amount() <= charge.limit()) {
                    return CONTENDED;
                }
                return new Admission.Refused(charge, row[0] + row[1], charge.window().secondsUntilReset(clock.instant()));
            }
            Remaining remaining = remaining(connection, request.memberKey(), request.charges());
            String id = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement(INSERT_RESERVATION)) {
                insert.setString(1, id);
                insert.setString(2, instanceId);
                insert.setString(3, request.memberKey());
                insert.setString(4, encode(request.charges()));
                insert.setLong(5, clock.millis());
                insert.executeUpdate();
            }
            connection.commit();
            held.add(id);
            return new Admission.Admitted(new Reservation(id, request.memberKey(), request.charges(), remaining));
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public Remaining settle(Reservation reservation, ActualUsage actual) {
        if (reservation.isEmpty()) {
            return Remaining.NONE;
        }
        try {
            Remaining remaining = settleNow(dataSource, reservation.id(), reservation.memberKey(),
                    reservation.charges(), actual, Settler.OWNER);
            held.remove(reservation.id());
            return remaining;
        } catch (SQLException e) {
            keep(reservation, actual, e);
            return Remaining.NONE;
        }
    }

    /** Keeps a settlement the database refused, for {@link #maintain()} to apply. */
    private void keep(Reservation reservation, ActualUsage actual, SQLException cause) {
        if (backlogSize.incrementAndGet() > MAX_BACKLOG) {
            backlogSize.decrementAndGet();
            held.remove(reservation.id());
            LOG.log(Level.SEVERE, "Quota settlement backlog full; " + reservation.memberKey() + "'s reservation is left"
                    + " to the reservation sweep, which charges what it delivered", cause);
            return;
        }
        backlog.add(new PendingSettlement(reservation, actual));
        LOG.log(Level.WARNING, "Quota settlement for " + reservation.memberKey() + " kept for later: "
                + cause.getMessage());
    }

    /** Who settles a reservation: the exchange that holds it (or its kept settlement), or a sweep. */
    private enum Settler { OWNER, SWEEP }

    /**
     * Deletes the reservation's row and, when this call found it (or the reservation has no row), applies the
     * usage to its counters, all in one transaction; a sweep also records what it charged. An owner that finds the
     * row gone corrects what a sweep charged instead ({@link #correctSweep}). Lock conflicts are retried here;
     * anything else is thrown.
     */
    private Remaining settleNow(DataSource source, String id, String memberKey, List<QuotaCharge> charges,
                                ActualUsage actual, Settler settler) throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection connection = source.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    if (!id.isEmpty()) {
                        try (PreparedStatement delete = connection.prepareStatement(DELETE_RESERVATION)) {
                            delete.setString(1, id);
                            if (delete.executeUpdate() == 0) {
                                if (settler == Settler.OWNER) {
                                    return correctSweep(connection, id, memberKey, charges, actual);
                                }
                                connection.rollback();
                                return Remaining.NONE; // settled already, by its owner or another sweep
                            }
                        }
                        if (settler == Settler.SWEEP) {
                            recordSweep(connection, id, memberKey, actual);
                        }
                    }
                    for (QuotaCharge charge : charges) {
                        long used = charge.measure().actual(actual, charge.amount());
                        update(connection, SETTLE, new long[]{used, charge.amount()}, memberKey, charge);
                    }
                    Remaining remaining = remaining(connection, memberKey, charges);
                    connection.commit();
                    return remaining;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(connection);
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                last = e;
                if (!worthRetrying(e)) {
                    break;
                }
            }
        }
        throw last;
    }

    private void recordSweep(Connection connection, String id, String memberKey, ActualUsage charged)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD_SWEEP)) {
            insert.setString(1, id);
            insert.setString(2, memberKey);
            insert.setLong(3, charged.tokens().orElse(0));
            insert.setLong(4, charged.usdMicros().orElse(0));
            insert.setLong(5, clock.millis());
            insert.executeUpdate();
        }
    }

    /**
     * The owner's settlement of a reservation a sweep settled already (this instance was taken for stopped): claims
     * the sweep's row and moves each counter by what was really used minus what the sweep charged. The reserved
     * amounts were released by the sweep. Without a sweep row (claimed already) nothing changes.
     */
    private Remaining correctSweep(Connection connection, String id, String memberKey, List<QuotaCharge> charges,
                                   ActualUsage actual) throws SQLException {
        ActualUsage charged;
        try (PreparedStatement read = connection.prepareStatement(READ_SWEEP)) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    connection.rollback();
                    return Remaining.NONE;
                }
                charged = ActualUsage.of(row.getLong(1), row.getLong(2));
            }
        }
        try (PreparedStatement claim = connection.prepareStatement(DELETE_SWEEP)) {
            claim.setString(1, id);
            if (claim.executeUpdate() == 0) {
                connection.rollback();
                return Remaining.NONE;
            }
        }
        for (QuotaCharge charge : charges) {
            long correction = charge.measure().actual(actual, charge.amount())
                    - charge.measure().actual(charged, charge.amount());
            if (correction != 0) {
                update(connection, CORRECT, new long[]{correction}, memberKey, charge);
            }
        }
        Remaining remaining = remaining(connection, memberKey, charges);
        connection.commit();
        LOG.warning("Reservation " + id + " of " + memberKey + " was settled by another instance's sweep while this"
                + " one still served it (it was paused, or its heartbeat was late); corrected from " + charged.tokens().orElse(0)
                + " to " + actual.tokens().orElse(0) + " tokens");
        return remaining;
    }

    @Override
    public void delivered(Reservation reservation, ActualUsage soFar) {
        if (reservation.id().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DELIVERED)) {
            statement.setLong(1, soFar.tokens().orElse(0));
            statement.setLong(2, soFar.usdMicros().orElse(0));
            statement.setString(3, reservation.id());
            statement.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Recording a stream's progress failed; next time", e);
        }
    }

    @Override
    public int pendingSettlements() {
        return backlogSize.get();
    }

    @Override
    public void maintain() {
        if (!beat()) {
            return;
        }
        applyBacklog();
        sweep();
    }

    /** Tells the other instances this one is alive; false when the database cannot be reached. */
    private boolean beat() {
        long now = clock.millis();
        try (Connection connection = housekeeping.getConnection()) {
            try (PreparedStatement beat = connection.prepareStatement(BEAT)) {
                beat.setLong(1, now);
                beat.setString(2, instanceId);
                if (beat.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement register = connection.prepareStatement(REGISTER)) {
                register.setString(1, instanceId);
                register.setLong(2, now);
                register.setLong(3, now);
                register.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Instance heartbeat failed", e);
            return false;
        }
    }

    private void applyBacklog() {
        PendingSettlement next;
        while ((next = backlog.peek()) != null) {
            Reservation r = next.reservation();
            try {
                settleNow(housekeeping, r.id(), r.memberKey(), r.charges(), next.actual(), Settler.OWNER);
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Kept quota settlements still cannot be applied", e);
                return;
            }
            backlog.poll();
            backlogSize.decrementAndGet();
            held.remove(r.id());
        }
    }

    /**
     * Settles reservations nobody will settle: those of instances that stopped beating, and this instance's own
     * that no exchange holds any more, each at what it delivered.
     */
    private void sweep() {
        long now = clock.millis();
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = housekeeping.getConnection()) {
            try (PreparedStatement orphans = connection.prepareStatement(ORPHANS)) {
                orphans.setLong(1, now - deadAfter.toMillis());
                orphans.setLong(2, now - deadAfter.toMillis());
                collect(orphans, rows);
            }
            try (PreparedStatement own = connection.prepareStatement(OWN_OLD)) {
                own.setString(1, instanceId);
                own.setLong(2, now - deadAfter.toMillis());
                List<Object[]> mine = new ArrayList<>();
                collect(own, mine);
                for (Object[] row : mine) {
                    if (!held.contains((String) row[0])) {
                        rows.add(row);
                    }
                }
            }
            try (PreparedStatement forget = connection.prepareStatement(FORGET_DEAD)) {
                forget.setLong(1, now - 10 * deadAfter.toMillis());
                forget.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Reservation sweep failed; next time", e);
            return;
        }
        for (Object[] row : rows) {
            try {
                ActualUsage delivered = ActualUsage.of((Long) row[3], (Long) row[4]);
                settleNow(housekeeping, (String) row[0], (String) row[1], decode((String) row[2]), delivered,
                        Settler.SWEEP);
                LOG.info("Settled reservation " + row[0] + " of " + row[1] + " left by instance " + row[5]
                        + " at what it delivered (" + row[3] + " tokens)");
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Settling the left reservation " + row[0] + " failed; next sweep", e);
                return;
            }
        }
    }

    private static void collect(PreparedStatement statement, List<Object[]> into) throws SQLException {
        statement.setMaxRows(1000);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                into.add(new Object[]{rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getLong(5), rows.getString(6)});
            }
        }
    }

    static String encode(List<QuotaCharge> charges) {
        try {
            return JSON.writeValueAsString(charges.stream().map(StoredCharge::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Charges always serialise", e);
        }
    }

    static List<QuotaCharge> decode(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<StoredCharge>>() { }).stream()
                    .map(StoredCharge::charge).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable reservation charges: " + json, e);
        }
    }

    /** Runs an update whose parameters are {@code leading} values, then the counter's key, then {@code trailing}. */
    private static int update(Connection connection, String sql, long[] leading, String member, QuotaCharge charge,
                              long... trailing) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            for (long value : leading) {
                statement.setLong(i++, value);
            }
            statement.setString(i++, charge.counterKey(member));
            statement.setString(i++, charge.metric());
            statement.setLong(i++, charge.window().start().getEpochSecond());
            for (long value : trailing) {
                statement.setLong(i++, value);
            }
            return statement.executeUpdate();
        }
    }

    private static long[] read(Connection connection, String member, QuotaCharge charge) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setString(1, charge.counterKey(member));
            statement.setString(2, charge.metric());
            statement.setLong(3, charge.window().start().getEpochSecond());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new long[]{rows.getLong(1), rows.getLong(2)} : null;
            }
        }
    }

    private static Remaining remaining(Connection connection, String member, List<QuotaCharge> charges)
            throws SQLException {
        Map<String, Long> left = new HashMap<>();
        for (QuotaCharge charge : charges) {
            long[] row = read(connection, member, charge);
            if (row != null) {
                left.put(charge.metric(), Math.max(0, charge.limit() - row[0] - row[1]));
            }
        }
        return new Remaining(left);
    }

    /** Creates the counters' rows, each insert committed on its own; a row another instance created is fine. */
    private static void createRows(Connection connection, String member, List<QuotaCharge> charges) throws SQLException {
        for (QuotaCharge charge : charges) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, charge.counterKey(member));
                statement.setString(2, charge.metric());
                statement.setLong(3, charge.window().start().getEpochSecond());
                statement.setLong(4, charge.window().end().getEpochSecond());
                statement.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /**
     * Deletes counter rows of windows that ended two days ago and sweep records nobody claimed for two days, at most
     * every ten minutes per instance.
     */
    private void purgeNowAndThen(Connection connection) {
        long now = clock.millis();
        long previous = lastPurge.get();
        if (now - previous < PURGE_EVERY.toMillis() || !lastPurge.compareAndSet(previous, now)) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(PURGE);
             PreparedStatement sweeps = connection.prepareStatement(PURGE_SWEEPS)) {
            statement.setLong(1, clock.instant().minus(KEEP_AFTER_END).getEpochSecond());
            statement.executeUpdate();
            sweeps.setLong(1, clock.instant().minus(KEEP_AFTER_END).toEpochMilli());
            sweeps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Purging old quota windows failed; next time", e);
        }
    }

    /** Lock waits, deadlocks and serialization failures are worth another try; a dead database is not. */
    private static boolean worthRetrying(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("HYT00") || state.equals("90131")
                || state.equals("55P03"));
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }
}

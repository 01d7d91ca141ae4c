package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.quota.ActualUsage;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.QuotaCharge;
import io.taskgate.core.domain.model.quota.QuotaLedger;
import io.taskgate.core.domain.model.quota.Remaining;
import io.taskgate.core.domain.model.quota.Reservation;
import io.taskgate.core.domain.model.quota.ReservationRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicLong lastPurge = new AtomicLong();

    public JdbcQuotaLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
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
            connection.commit();
            return new Admission.Admitted(new Reservation(request.memberKey(), request.charges(), remaining));
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
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    for (QuotaCharge charge : reservation.charges()) {
                        long used = charge.measure().actual(actual, charge.amount());
                        update(connection, SETTLE, new long[]{used, charge.amount()}, reservation.memberKey(), charge);
                    }
                    Remaining remaining = remaining(connection, reservation.memberKey(), reservation.charges());
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
        LOG.log(Level.WARNING, "Quota settlement failed for " + reservation.memberKey()
                + "; its reservation stays charged until the window ends", last);
        return Remaining.NONE;
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

    /** Deletes rows of windows that ended two days ago, at most every ten minutes per instance. */
    private void purgeNowAndThen(Connection connection) {
        long now = clock.millis();
        long previous = lastPurge.get();
        if (now - previous < PURGE_EVERY.toMillis() || !lastPurge.compareAndSet(previous, now)) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(PURGE)) {
            statement.setLong(1, clock.instant().minus(KEEP_AFTER_END).getEpochSecond());
            statement.executeUpdate();
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

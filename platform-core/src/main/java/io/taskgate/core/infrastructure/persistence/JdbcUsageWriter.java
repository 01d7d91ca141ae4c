package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Inserts ledger rows with plain JDBC: one batch insert and one local commit per batch, on a connection and a
 * prepared statement the writer keeps between batches (no JTA transaction, no statement parse per row). A failed
 * batch is rolled back and drops the connection; the next batch takes a fresh one. One batch at a time. Text is
 * stored as {@link SqlText#storable} makes it (PostgreSQL refuses U+0000 in text columns).
 */
public final class JdbcUsageWriter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JdbcUsageWriter.class.getName());
    static final String INSERT = "INSERT INTO usage_record (id, created_at, tenant_id, subject, username, task_id,"
            + " endpoint, model, status, refusal_code, prompt_text, prompt_tokens, completion_tokens, usage_estimated,"
            + " cost_usd, latency_ms, intent, streamed, auth_kind, key_id, written_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Clock clock;
    private Connection connection;
    private PreparedStatement insert;

    public JdbcUsageWriter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Writes the rows in one transaction: all of them or, with an exception, none. */
    public synchronized void write(List<UsageRecord> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            PreparedStatement statement = statement();
            Timestamp writtenAt = Timestamp.from(clock.instant());
            for (UsageRecord row : batch) {
                bind(statement, row, writtenAt);
                statement.addBatch();
            }
            statement.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private PreparedStatement statement() throws SQLException {
        if (insert == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            insert = connection.prepareStatement(INSERT);
        }
        return insert;
    }

    private static void bind(PreparedStatement s, UsageRecord row, Timestamp writtenAt) throws SQLException {
        s.setString(1, row.id());
        s.setTimestamp(2, Timestamp.from(row.createdAt()));
        s.setString(3, SqlText.storable(row.tenantId()));
        s.setString(4, SqlText.storable(row.subject()));
        s.setString(5, SqlText.storable(row.username()));
        s.setString(6, SqlText.storable(row.taskId()));
        s.setString(7, SqlText.storable(row.endpoint()));
        s.setString(8, SqlText.storable(row.model()));
        s.setInt(9, row.status());
        s.setString(10, SqlText.storable(row.refusalCode()));
        s.setString(11, SqlText.storable(row.promptText()));
        s.setLong(12, row.promptTokens());
        s.setLong(13, row.completionTokens());
        s.setBoolean(14, row.usageEstimated());
        s.setBigDecimal(15, row.costUsd());
        s.setLong(16, row.latencyMs());
        s.setString(17, SqlText.storable(row.intent()));
        s.setBoolean(18, row.streamed());
        s.setString(19, SqlText.storable(row.authKind()));
        s.setString(20, SqlText.storable(row.keyId()));
        s.setTimestamp(21, writtenAt);
    }

    /** Rolls back whatever is open and gives the connection back. */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try (Connection c = connection) {
            c.rollback();
        } catch (SQLException e) {
            LOG.fine("Closing the usage writer's connection: " + e);
        } finally {
            connection = null;
            insert = null;
        }
    }
}

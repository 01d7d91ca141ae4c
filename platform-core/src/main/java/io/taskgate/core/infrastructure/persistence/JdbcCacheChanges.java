package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.CacheChanges;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The {@code cache_change} table: changes to cached request-path records, written in the changing transaction
 * (the JTA data source enlists the connection) and polled by every instance.
 */
public final class JdbcCacheChanges implements CacheChanges {

    private final DataSource dataSource;

    public JdbcCacheChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String kind, String key, Instant at) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "INSERT INTO cache_change (kind, cache_key, changed_at) VALUES (?, ?, ?)")) {
            s.setString(1, kind);
            s.setString(2, key.length() > 300 ? key.substring(0, 300) : key);
            s.setTimestamp(3, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The change of " + kind + " '" + key + "' could not be announced", e);
        }
    }

    /**
     * Row count, newest and sum of sequence numbers: a row committed late with a lower number than one already
     * seen still changes the count and the sum, so no change is missed whatever order transactions commit in.
     */
    @Override
    public Stamp stamp() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(seq), 0), COALESCE(SUM(seq), 0) FROM cache_change");
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return new Stamp(rows.getLong(1), rows.getLong(2), rows.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("The cache changes could not be read", e);
        }
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM cache_change WHERE changed_at < ?")) {
            s.setTimestamp(1, Timestamp.from(cutoff));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Old cache changes could not be purged", e);
        }
    }
}

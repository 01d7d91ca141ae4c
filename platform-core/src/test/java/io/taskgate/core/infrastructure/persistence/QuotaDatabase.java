package io.taskgate.core.infrastructure.persistence;

import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** A fresh in-memory H2 database (the release Payara embeds) with the gateway's real schema, for persistence tests. */
public final class QuotaDatabase {

    private QuotaDatabase() {
    }

    public static DataSource create() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:quota-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("taskgate");
        h2.setPassword("taskgate");
        try {
            SchemaMigration.migrate(h2, "production");
        } catch (Exception e) {
            throw new IllegalStateException("Test database could not be created", e);
        }
        return h2;
    }

    /** {used, reserved} of one counter, summed over all its windows. */
    public static long[] counter(DataSource dataSource, String member, String metric) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COALESCE(SUM(used), 0), COALESCE(SUM(reserved), 0) FROM quota_counter WHERE member_key = ? AND metric = ?")) {
            s.setString(1, member);
            s.setString(2, metric);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return new long[]{rows.getLong(1), rows.getLong(2)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

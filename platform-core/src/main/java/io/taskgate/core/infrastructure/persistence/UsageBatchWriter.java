package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/** Persists a batch of ledger rows in one transaction (see {@link JdbcUsageWriter}). */
@ApplicationScoped
public class UsageBatchWriter {

    @Resource(lookup = "java:app/jdbc/taskgate")
    DataSource dataSource;

    private JdbcUsageWriter jdbc;

    @PostConstruct
    void init() {
        jdbc = new JdbcUsageWriter(dataSource, Clock.systemUTC());
    }

    /** Writes all rows or none; throws {@link IllegalStateException} when the database refused them. */
    public void write(List<UsageRecord> batch) {
        try {
            jdbc.write(batch);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused " + batch.size() + " usage rows: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        jdbc.close();
    }
}

package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.UsageRowWriter;
import io.taskgate.core.application.UsageRowsRefused;
import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Persists a batch of ledger rows in one transaction (see {@link JdbcUsageWriter}) on the request path's pool, with
 * a ten-second socket deadline per batch.
 */
@ApplicationScoped
public class UsageBatchWriter implements UsageRowWriter {

    static final Duration DEADLINE = Duration.ofSeconds(10);

    @Inject
    GatewayDatabase database;

    private JdbcUsageWriter jdbc;

    @PostConstruct
    void init() {
        jdbc = new JdbcUsageWriter(database.withDeadline(DEADLINE), Clock.systemUTC());
    }

    /**
     * Writes all rows or none; throws {@link UsageRowsRefused} when the database refused them, saying whether
     * the rows themselves were the problem (a data or constraint error) or the database could not be reached.
     */
    @Override
    public void write(List<UsageRecord> batch) {
        try {
            jdbc.write(batch);
        } catch (SQLException e) {
            throw UsageWriteException.refused(batch.size(), e);
        }
    }

    @PreDestroy
    void close() {
        jdbc.close();
    }
}

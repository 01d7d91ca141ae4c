package io.taskgate.core.application;

import io.taskgate.core.domain.model.usage.UsageRecord;

import java.util.List;

/** Port: writes a batch of usage ledger rows to the database in one transaction. */
public interface UsageRowWriter {

    /**
     * Writes all rows or none; throws {@link UsageRowsRefused} when the database did not take them, saying whether
     * the rows themselves were the problem or the database could not be reached.
     */
    void write(List<UsageRecord> batch);
}

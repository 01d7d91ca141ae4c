package io.taskgate.core.application;

import io.taskgate.core.domain.model.usage.UsageRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Port: the local, bounded store of usage rows the database could not take yet, and of rows it refused on their own.
 * The adapter is {@code infrastructure.persistence.UsageSpill} (files in {@code gateway.ledger.spill-dir}).
 */
public interface UsageSpillStore {

    /** One stored part's rows, to be acknowledged ({@link #written}) once the database has them. */
    record Chunk(Path file, List<UsageRecord> rows) {
    }

    /** Keeps the rows; false when the store is full (or cannot be written) and they are not kept. */
    boolean append(List<UsageRecord> rows);

    /** Keeps a row the database refused on its own, with the reason, for the operator. */
    void reject(UsageRecord row, String reason);

    /** The oldest part still to be written, if any. */
    Optional<Chunk> oldest();

    /** The part is in the database: forget it. */
    void written(Chunk chunk);

    long bytes();

    long maxBytes();

    boolean isEmpty();

    boolean full();

    /** Where the rows are kept (for the operator's log). */
    Path directory();

    long rejectedRows();
}

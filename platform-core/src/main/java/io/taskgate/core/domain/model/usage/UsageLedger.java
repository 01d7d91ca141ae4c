package io.taskgate.core.domain.model.usage;

/** Where ledger rows go. Implementations must not lose a row once {@link #record} returned. */
public interface UsageLedger {

    void record(UsageRecord record);
}

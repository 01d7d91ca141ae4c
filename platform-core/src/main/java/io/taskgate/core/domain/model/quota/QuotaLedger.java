package io.taskgate.core.domain.model.quota;

/**
 * The shared counters of all gateway instances. Reservations are atomic: either every counter of a request had
 * room and all were charged, or none was. Never throws for a storage failure: it answers
 * {@link Admission.Unavailable} instead.
 */
public interface QuotaLedger {

    Admission reserve(ReservationRequest request);

    /**
     * Replaces a reservation with what was actually used, exactly once; returns what is left afterwards
     * ({@link Remaining#NONE} when the counters could not be written right now: the ledger then keeps the
     * settlement and applies it when the storage is back, see {@link #maintain()}).
     */
    Remaining settle(Reservation reservation, ActualUsage actual);

    /**
     * What an open reservation has delivered so far (a stream in progress): what it is charged if its instance
     * stops before settling it. Best effort.
     */
    default void delivered(Reservation reservation, ActualUsage soFar) {
    }

    /**
     * Housekeeping, called every few seconds: applies settlements kept during an outage, and settles the
     * reservations of instances that stopped (at what they delivered) and reservations nobody holds any more.
     */
    default void maintain() {
    }

    /** Settlements accepted but not yet applied to the counters. */
    default int pendingSettlements() {
        return 0;
    }
}

package io.taskgate.core.domain.model.quota;

/**
 * The shared counters of all gateway instances. Reservations are atomic: either every counter of a request had
 * room and all were charged, or none was. Never throws for a storage failure: it answers
 * {@link Admission.Unavailable} instead.
 */
public interface QuotaLedger {

    Admission reserve(ReservationRequest request);

    /**
     * Replaces a reservation with what was actually used; returns what is left afterwards
     * ({@link Remaining#NONE} when the counters could not be written: the reservation then stays charged
     * until its window ends, which can refuse too much but never admits too much).
     */
    Remaining settle(Reservation reservation, ActualUsage actual);
}

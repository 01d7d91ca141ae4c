package io.taskgate.core.domain.model.quota;

import java.util.Objects;

/** What the counters said about a reservation: admitted with a handle, refused on one counter, or unknown. */
public sealed interface Admission {

    /** Every counter had room; the amounts are reserved until settlement. */
    record Admitted(Reservation reservation) implements Admission {
        public Admitted {
            Objects.requireNonNull(reservation, "reservation");
        }
    }

    /** {@code charge} would pass its limit; nothing was reserved. {@code used} counts settled plus reserved. */
    record Refused(QuotaCharge charge, long used, long retryAfterSeconds) implements Admission {
        public Refused {
            Objects.requireNonNull(charge, "charge");
        }
    }

    /** The counters could not be read or written (database unreachable): the request must not go unmetered. */
    record Unavailable(String reason) implements Admission {
    }
}

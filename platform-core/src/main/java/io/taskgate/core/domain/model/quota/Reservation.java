package io.taskgate.core.domain.model.quota;

import java.util.List;
import java.util.Objects;

/**
 * The handle of an admitted request: what was reserved on which counters, to be replaced by the actual usage
 * at settlement, exactly once. {@code id} names the durable record of the reservation (empty for a ledger that
 * keeps none). {@link #NONE} is the null object of a request that charged nothing.
 */
public record Reservation(String id, String memberKey, List<QuotaCharge> charges, Remaining remaining) {

    public static final Reservation NONE = new Reservation("", "", List.of(), Remaining.NONE);

    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberKey, "memberKey");
        charges = List.copyOf(charges);
        remaining = remaining == null ? Remaining.NONE : remaining;
    }

    public Reservation(String memberKey, List<QuotaCharge> charges, Remaining remaining) {
        this("", memberKey, charges, remaining);
    }

    public boolean isEmpty() {
        return charges.isEmpty();
    }
}

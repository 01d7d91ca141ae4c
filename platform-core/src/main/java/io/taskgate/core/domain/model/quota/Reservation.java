package io.taskgate.core.domain.model.quota;

import java.util.List;
import java.util.Objects;

/**
 * The handle of an admitted request: what was reserved on which counters, to be replaced by the actual usage
 * at settlement. {@link #NONE} is the null object of a request that charged nothing.
 */
public record Reservation(String memberKey, List<QuotaCharge> charges, Remaining remaining) {

    public static final Reservation NONE = new Reservation("", List.of(), Remaining.NONE);

    public Reservation {
        Objects.requireNonNull(memberKey, "memberKey");
        charges = List.copyOf(charges);
        remaining = remaining == null ? Remaining.NONE : remaining;
    }

    public boolean isEmpty() {
        return charges.isEmpty();
    }
}

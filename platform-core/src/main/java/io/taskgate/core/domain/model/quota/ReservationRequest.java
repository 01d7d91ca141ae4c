package io.taskgate.core.domain.model.quota;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The counters one admission must charge, for one member, in lock order. */
public record ReservationRequest(String memberKey, List<QuotaCharge> charges) {

    public ReservationRequest {
        Objects.requireNonNull(memberKey, "memberKey");
        charges = charges.stream().sorted(Comparator.comparing(QuotaCharge::lockKey)).toList();
    }

    public boolean isEmpty() {
        return charges.isEmpty();
    }
}

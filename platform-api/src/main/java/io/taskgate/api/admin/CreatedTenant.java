package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A tenant just created, with its first owners and how each of them sets a password. */
public record CreatedTenant(String id, String name, String timeZone, int promptRetentionDays,
                            Integer maxKeyLifetimeDays, List<OnboardedOwner> owners) implements Serializable {
}

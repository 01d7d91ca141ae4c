package io.taskgate.api.admin;

import java.io.Serializable;

/** A tenant's settings; {@code maxKeyLifetimeDays} is null when keys may live as long as the platform allows. */
public record TenantView(String id, String name, String timeZone, int promptRetentionDays, Integer maxKeyLifetimeDays)
        implements Serializable {
}

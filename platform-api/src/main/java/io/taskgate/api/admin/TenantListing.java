package io.taskgate.api.admin;

import java.io.Serializable;

/** A tenant in the caller's list of tenants, with the caller's standing in it (PLATFORM_ADMIN, OWNER or MEMBER). */
public record TenantListing(String id, String name, String timeZone, int promptRetentionDays,
                            Integer maxKeyLifetimeDays, String standing) implements Serializable {
}

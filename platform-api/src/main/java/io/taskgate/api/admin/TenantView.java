package io.taskgate.api.admin;

/** A tenant's settings; {@code maxKeyLifetimeDays} is null when keys may live as long as the platform allows. */
public record TenantView(String id, String name, String timeZone, int promptRetentionDays, Integer maxKeyLifetimeDays) {
}

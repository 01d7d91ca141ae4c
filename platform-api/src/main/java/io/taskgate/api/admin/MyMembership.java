package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/**
 * One of the signed-in person's memberships: the {@link MemberView} fields, the tenant's name and time zone, their
 * usage in the current periods, a warning when they are close to being flagged (or null), when the periods reset,
 * and the owners to contact.
 */
public record MyMembership(String tenantId, String username, String subject, String email, String role, String status,
                           String statusReason, String suspendedUntil, List<String> tasks, List<String> endpoints,
                           List<String> models, String accessExpiresAt, MemberLimitsView limits, String createdAt,
                           String updatedAt, String tenantName, String timeZone, PeriodTotals usage, String warning,
                           PeriodEnds resets, List<OwnerContact> contacts) implements Serializable {
}

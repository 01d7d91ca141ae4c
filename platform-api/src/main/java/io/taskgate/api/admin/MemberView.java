package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.Set;

/** A membership: who, in which tenant, with which role, status, grants and limits. */
public record MemberView(String tenantId, String username, String subject, String email, String role, String status,
                         String statusReason, String suspendedUntil, Set<String> tasks, Set<String> endpoints,
                         Set<String> models, String accessExpiresAt, MemberLimitsView limits, String createdAt,
                         String updatedAt) implements Serializable {
}

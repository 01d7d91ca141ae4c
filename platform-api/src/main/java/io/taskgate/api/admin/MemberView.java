package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A membership: who, in which tenant, with which role, status, grants and limits. */
public record MemberView(String tenantId, String username, String subject, String email, String role, String status,
                         String statusReason, String suspendedUntil, List<String> tasks, List<String> endpoints,
                         List<String> models, String accessExpiresAt, MemberLimitsView limits, String createdAt,
                         String updatedAt) implements Serializable {
}

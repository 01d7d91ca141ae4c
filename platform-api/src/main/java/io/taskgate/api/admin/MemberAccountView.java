package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A membership as an owner's member list shows it: the {@link MemberView} fields and whether the person's account
 * is set up ({@code account}: ACTIVE, INVITED or EXPIRED).
 */
public record MemberAccountView(String tenantId, String username, String subject, String email, String role,
                                String status, String statusReason, String suspendedUntil, List<String> tasks,
                                List<String> endpoints, List<String> models, String accessExpiresAt,
                                MemberLimitsView limits, String createdAt, String updatedAt, String account)
        implements Serializable {
}

package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A person just onboarded: the {@link MemberView} fields, whether an identity was created and its claims synced,
 * the account state and, when an invitation went out, how the person sets a password (left out otherwise).
 */
public record OnboardedMember(String tenantId, String username, String subject, String email, String role,
                              String status, String statusReason, String suspendedUntil, List<String> tasks,
                              List<String> endpoints, List<String> models, String accessExpiresAt,
                              MemberLimitsView limits, String createdAt, String updatedAt, boolean identityCreated,
                              boolean claimsSynced, String account, InvitationView invitation) implements Serializable {
}

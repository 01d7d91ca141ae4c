package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.Set;

/** A first owner of a new tenant: the {@link MemberView} fields and, when one went out, the invitation (else left
 * out). */
public record OnboardedOwner(String tenantId, String username, String subject, String email, String role,
                             String status, String statusReason, String suspendedUntil, Set<String> tasks,
                             Set<String> endpoints, Set<String> models, String accessExpiresAt,
                             MemberLimitsView limits, String createdAt, String updatedAt, InvitationView invitation)
        implements Serializable {
}

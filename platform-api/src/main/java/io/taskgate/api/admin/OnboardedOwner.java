package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A first owner of a new tenant: the {@link MemberView} fields and, when one went out, the invitation (else left
 * out). */
public record OnboardedOwner(String tenantId, String username, String subject, String email, String role,
                             String status, String statusReason, String suspendedUntil, List<String> tasks,
                             List<String> endpoints, List<String> models, String accessExpiresAt,
                             MemberLimitsView limits, String createdAt, String updatedAt, InvitationView invitation)
        implements Serializable {
}

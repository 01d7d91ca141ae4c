package io.taskgate.api.admin;

import java.io.Serializable;

/**
 * A member who needs the owner's attention: flagged, suspended, blocked or banned, with the score now. Absent parts
 * are left out of the JSON.
 */
public record MemberStanding(String username, String status, String statusReason, String suspendedUntil,
                             double score, String flaggedAt, String flagAction) implements Serializable {
}

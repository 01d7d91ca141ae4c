package io.taskgate.core.application.oversight;

import java.time.Instant;

/** A member who needs the owner's attention: flagged, suspended, blocked or banned, with the score now. */
public record MemberStanding(String username, String status, String statusReason, Instant suspendedUntil,
                             double score, Instant flaggedAt, String flagAction) {
}

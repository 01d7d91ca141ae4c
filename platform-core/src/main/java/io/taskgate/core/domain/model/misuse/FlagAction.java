package io.taskgate.core.domain.model.misuse;

/** What happens when a member's deviation score crosses the tenant's threshold. */
public enum FlagAction {
    /** A warning header on every answer and a notice on the member's page, until reviewed or decayed. */
    WARN,
    /** Refused for a period ({@code suspendMinutes}), then let in again. */
    SUSPEND,
    /** Refused with {@code access_blocked} until an owner reviews the member. */
    BLOCK
}

package io.taskgate.api.admin;

import java.io.Serializable;

/**
 * A decision about a member from the audit log: who (an owner, or {@code taskgate:misuse-detection}), when, what,
 * and the status and reason it left. Absent parts are left out of the JSON.
 *
 * @param decision the audited action, e.g. {@code review.reenable}, {@code member.update}
 * @param words    the same as a person reads it, e.g. {@code "grace re-enabled the member (score reset)"}
 */
public record DecisionView(String at, String actor, String decision, String status, String reason, String words)
        implements Serializable {
}

package io.taskgate.api.admin;

import java.io.Serializable;

/** One admin action: who did what to which target, when, with the target's JSON before and after. */
public record AuditEntryView(String id, String at, String tenantId, String actor, String action, String targetType,
                             String targetId, String before, String after) implements Serializable {
}

package io.taskgate.core.application.oversight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.admin.DecisionView;
import io.taskgate.core.domain.model.audit.AuditEntry;

import java.util.Locale;

/** Audit entries that decide about a member's access, as the {@link DecisionView}s an owner reads. */
public final class DecisionViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The actor of automatic actions ({@code DeviationScoring.ACTOR}). */
    static final String MISUSE_DETECTION = "taskgate:misuse-detection";

    private DecisionViews() {
    }

    /** Audit actions that decide about a member's access (not invitations, keys or limits). */
    public static boolean decides(AuditEntry entry) {
        String action = entry.action();
        return action.startsWith("review.") || action.equals("member.flagged") || statusChanged(entry);
    }

    public static DecisionView of(AuditEntry entry) {
        String status = field(entry.after(), "status");
        String reason = field(entry.after(), "statusReason");
        return new DecisionView(SignalViews.text(entry.at()), entry.actor(), entry.action(), status, reason,
                words(entry, status));
    }

    static String words(AuditEntry entry, String status) {
        String what = switch (entry.action()) {
            case "review.reenable" -> "re-enabled the member (score reset)";
            case "review.suspend" -> "suspended the member";
            case "review.ban" -> "banned the member";
            case "member.flagged" -> "flagged the member for review";
            default -> status == null ? entry.action() : "set the status to " + status.toLowerCase(Locale.ROOT);
        };
        String who = entry.actor().equals(MISUSE_DETECTION) ? "Misuse detection" : entry.actor();
        return who + " " + what;
    }

    private static boolean statusChanged(AuditEntry entry) {
        String before = field(entry.before(), "status");
        String after = field(entry.after(), "status");
        return after != null && !after.equals(before);
    }

    private static String field(String json, String name) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode value = JSON.readTree(json).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}

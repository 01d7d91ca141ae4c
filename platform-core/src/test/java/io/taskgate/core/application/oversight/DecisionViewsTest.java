package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.DecisionView;
import io.taskgate.core.domain.model.audit.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionViewsTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    static AuditEntry entry(String actor, String action, String before, String after) {
        return new AuditEntry(AT, "globex", actor, action, "member", "heidi", before, after);
    }

    @Test
    void anOwnersReEnablingReadsWhoDidItAndTheStatusItLeft() {
        AuditEntry entry = entry("grace", "review.reenable", "{\"status\":\"BLOCKED\"}", "{\"status\":\"ACTIVE\",\"statusReason\":\"talked to her\"}");
        assertTrue(DecisionViews.decides(entry));
        assertEquals(new DecisionView(AT.toString(), "grace", "review.reenable", "ACTIVE", "talked to her",
                "grace re-enabled the member (score reset)"), DecisionViews.of(entry));
    }

    @Test
    void anAutomaticBlockIsADecisionOfMisuseDetection() {
        AuditEntry entry = entry("taskgate:misuse-detection", "member.blocked", "{\"status\":\"ACTIVE\"}",
                "{\"status\":\"BLOCKED\",\"statusReason\":\"deviation score 2.1\"}");
        assertTrue(DecisionViews.decides(entry));
        assertEquals("Misuse detection set the status to blocked", DecisionViews.of(entry).words());
    }

    @Test
    void limitsAndKeysAreNotDecisionsAboutAccess() {
        assertFalse(DecisionViews.decides(entry("grace", "member.limits", "{\"status\":\"ACTIVE\"}", "{\"status\":\"ACTIVE\"}")));
        assertFalse(DecisionViews.decides(entry("grace", "member.invite", null, "{\"code\":\"x\"}")));
    }
}

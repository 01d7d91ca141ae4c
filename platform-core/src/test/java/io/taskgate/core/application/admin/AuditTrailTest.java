package io.taskgate.core.application.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.admin.TenantView;
import io.taskgate.core.domain.model.audit.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTrailTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final AdminFakes.MemoryAudit log = new AdminFakes.MemoryAudit();
    final AuditTrail audit = AdminFakes.auditTrail(log, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anEntrySaysWhoDidWhatToWhichTargetAtTheClocksInstant() {
        audit.record("alice", "acme", "tenant.update", "tenant", "acme", null, null);
        AuditEntry entry = log.single();
        assertEquals(NOW, entry.at());
        assertEquals("acme", entry.tenantId());
        assertEquals("alice", entry.actor());
        assertEquals("tenant.update", entry.action());
        assertEquals("tenant", entry.targetType());
        assertEquals("acme", entry.targetId());
        assertTrue(entry.id().startsWith("aud_"), entry.id());
    }

    @Test
    void beforeAndAfterAreWrittenAsJsonWithEveryComponentNullsIncluded() throws Exception {
        audit.record("alice", "acme", "tenant.update", "tenant", "acme",
                new TenantView("acme", "Acme", "UTC", 30, null), new TenantView("acme", "Acme Corp", "UTC", 0, 90));
        AuditEntry entry = log.single();
        JsonNode before = JSON.readTree(entry.before());
        JsonNode after = JSON.readTree(entry.after());
        assertEquals("Acme", before.get("name").asText());
        assertTrue(before.has("maxKeyLifetimeDays") && before.get("maxKeyLifetimeDays").isNull(),
                "a null component is written, not left out: " + entry.before());
        assertEquals("Acme Corp", after.get("name").asText());
        assertEquals(0, after.get("promptRetentionDays").asInt());
        assertEquals(90, after.get("maxKeyLifetimeDays").asInt());
    }

    @Test
    void aCreationHasNoBeforeAndARemovalNoAfter() {
        audit.record("alice", "acme", "task.create", "task", "acme-docs", null, new TenantView("a", "b", "UTC", 1, null));
        audit.record("alice", "acme", "key.revoke", "key", "k1", new TenantView("a", "b", "UTC", 1, null), null);
        assertNull(log.entries.get(0).before());
        assertNull(log.entries.get(1).after());
    }

    @Test
    void aPlatformActionIsWrittenWithoutATenant() {
        audit.record("root", null, "tenant.create", "tenant", "acme", null, null);
        assertNull(log.single().tenantId());
        assertEquals(1, log.find(null, 0, 10).size(), "the platform admin's view of the log reads it");
    }

    /** A view Jackson cannot write: a component of a type without properties. */
    record Unwritable(Object value) {
    }

    @Test
    void aViewThatCannotBeWrittenFailsTheActionInsteadOfLosingTheEntry() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () ->
                audit.record("alice", "acme", "task.update", "task", "t", null, new Unwritable(new Object())));
        assertEquals("Audit view not serialisable", failure.getMessage());
        assertTrue(log.entries.isEmpty());
    }
}

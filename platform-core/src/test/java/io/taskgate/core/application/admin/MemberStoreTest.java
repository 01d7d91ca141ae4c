package io.taskgate.core.application.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberStoreTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final AdminFakes.MemoryMembers members = new AdminFakes.MemoryMembers();
    final AdminFakes.MemoryAudit log = new AdminFakes.MemoryAudit();
    final AdminFakes.RecordingMemberDirectory cache = new AdminFakes.RecordingMemberDirectory();
    final MemberStore store = AdminFakes.memberStore(members,
            AdminFakes.auditTrail(log, Clock.fixed(NOW, ZoneOffset.UTC)), cache);

    static Membership dave() {
        Membership dave = new Membership("acme", "dave", "dave@x.example", MemberRole.CONTRACTOR, T0);
        dave.grant(Set.of("acme-docs"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), T0);
        return dave;
    }

    @Test
    void aNewMembershipIsStoredAuditedAsAnAdditionAndClearedFromTheRequestPathsCache() throws Exception {
        Membership dave = store.create("alice", dave());
        assertSame(dave, members.byId.get("acme/dave"));
        AuditEntry entry = log.single();
        assertEquals("alice", entry.actor());
        assertEquals("acme", entry.tenantId());
        assertEquals("member.add", entry.action());
        assertEquals("member", entry.targetType());
        assertEquals("dave", entry.targetId());
        assertNull(entry.before());
        JsonNode after = JSON.readTree(entry.after());
        assertEquals("CONTRACTOR", after.get("role").asText());
        assertEquals("[\"acme-docs\"]", after.get("tasks").toString());
        assertEquals(List.of("acme/dave"), cache.evicted, "a refusal cached before the membership existed goes");
    }

    @Test
    void aChangeIsAppliedStoredAndAuditedWithItsActionBeforeAndAfter() throws Exception {
        members.add(dave());
        Membership saved = store.change("alice", "acme", "dave", "member.offboarded",
                m -> m.changeStatus(MemberStatus.OFFBOARDED, "contract ended", null, NOW));
        assertEquals(MemberStatus.OFFBOARDED, saved.status());
        assertEquals(MemberStatus.OFFBOARDED, members.byId.get("acme/dave").status());
        assertEquals(List.of("acme/dave"), members.updated);
        AuditEntry entry = log.single();
        assertEquals("member.offboarded", entry.action());
        assertEquals("ACTIVE", JSON.readTree(entry.before()).get("status").asText());
        assertEquals("OFFBOARDED", JSON.readTree(entry.after()).get("status").asText());
        assertEquals("contract ended", JSON.readTree(entry.after()).get("statusReason").asText());
        assertEquals(List.of("acme/dave"), cache.evicted, "the next request sees the offboarding at once");
    }

    @Test
    void changedLimitsAreAuditedWithTheOldAndNewFigures() throws Exception {
        members.add(dave());
        store.change("alice", "acme", "dave", "member.limits",
                m -> m.limit(new MemberLimits(50_000L, null, null, null, 10, null, null, 2), NOW));
        JsonNode before = JSON.readTree(log.single().before()).get("limits");
        JsonNode after = JSON.readTree(log.single().after()).get("limits");
        assertTrue(before.get("dailyTokens").isNull());
        assertEquals(50_000, after.get("dailyTokens").asLong());
        assertEquals(10, after.get("requestsPerMinute").asInt());
        assertEquals(2, after.get("maxConcurrentStreams").asInt());
        assertEquals(50_000L, members.byId.get("acme/dave").limits().dailyTokens());
    }

    @Test
    void changingAnUnknownMemberIsA404AndTheChangeIsNeverApplied() {
        members.add(dave());
        AdminProblem problem = assertThrows(AdminProblem.class, () -> store.change("alice", "globex", "dave",
                "member.banned", m -> m.changeStatus(MemberStatus.BANNED, "x", null, NOW)));
        assertEquals(404, problem.status());
        assertEquals("Member 'dave' was not found.", problem.getMessage());
        assertEquals(MemberStatus.ACTIVE, members.byId.get("acme/dave").status(), "another tenant's member is untouched");
        assertTrue(members.updated.isEmpty());
        assertTrue(log.entries.isEmpty());
        assertTrue(cache.evicted.isEmpty());
    }
}

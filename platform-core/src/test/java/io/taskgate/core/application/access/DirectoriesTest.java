package io.taskgate.core.application.access;

import io.taskgate.core.application.RecordingCaches;
import io.taskgate.core.application.admin.AdminFakes;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request path's directories: read through their cache, and read again after a change evicts the entry. */
class DirectoriesTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    final RecordingCaches caches = new RecordingCaches();
    final AdminFakes.MemoryTenants tenantRows = new AdminFakes.MemoryTenants();
    final AdminFakes.MemoryTasks taskRows = new AdminFakes.MemoryTasks();
    final AdminFakes.MemoryMembers memberRows = new AdminFakes.MemoryMembers();

    TenantDirectory tenants() {
        TenantDirectory directory = new TenantDirectory();
        directory.tenants = tenantRows;
        directory.coherence = caches;
        directory.init();
        return directory;
    }

    TaskDirectory tasks() {
        TaskDirectory directory = new TaskDirectory();
        directory.tasks = taskRows;
        directory.ttlMillis = 5_000;
        directory.coherence = caches;
        directory.init();
        return directory;
    }

    MemberDirectory members() {
        MemberDirectory directory = new MemberDirectory();
        directory.members = memberRows;
        directory.ttlMillis = 7_000;
        directory.coherence = caches;
        directory.init();
        return directory;
    }

    @Test
    void aTenantIsReadOnceAndAgainOnlyAfterItsChangeEvictsIt() {
        Tenant acme = new Tenant("acme", "Acme", ZoneOffset.UTC, 30);
        tenantRows.add(acme);
        TenantDirectory directory = tenants();
        assertEquals(30, directory.find("acme").orElseThrow().promptRetentionDays());
        tenantRows.byId.put("acme", new Tenant("acme", "Acme", ZoneOffset.UTC, 0));
        assertEquals(30, directory.find("acme").orElseThrow().promptRetentionDays(), "cached");
        directory.evict("acme");
        assertEquals(0, directory.find("acme").orElseThrow().promptRetentionDays());
        assertEquals(List.of("tenant acme", "tenant acme"), caches.loads);
        assertEquals(List.of("tenant 30000"), caches.made);
    }

    @Test
    void noTenantIdFindsNoTenantWithoutALookupAndAnUnknownOneIsRememberedAsAbsent() {
        TenantDirectory directory = tenants();
        assertEquals(Optional.empty(), directory.find(null));
        assertEquals(Optional.empty(), directory.find("ghost"));
        assertEquals(Optional.empty(), directory.find("ghost"));
        assertEquals(List.of("tenant ghost"), caches.loads);
    }

    @Test
    void aTaskAndItsQuotaComeFromOneLookupAndAClosedTaskIsSeenAfterItsEviction() {
        Task docs = new Task("acme-docs", "acme", "Docs", "", true, Set.of("doc"));
        docs.limit(new TaskQuota(1_000L, null, null, null));
        taskRows.add(docs);
        TaskDirectory directory = tasks();
        TaskId id = new TaskId("acme-docs");
        assertTrue(directory.find(id).orElseThrow().open());
        assertEquals(1_000L, directory.quota(id).dailyTokens());
        assertEquals(1_000L, directory.entry(id).orElseThrow().quota().dailyTokens());
        assertEquals(List.of("task acme-docs"), caches.loads);
        docs.setOpen(false);
        directory.evict("acme-docs");
        assertFalse(directory.find(id).orElseThrow().open());
        assertEquals(TaskQuota.NONE, directory.quota(new TaskId("acme-none")), "an unknown task has no quota");
        assertEquals(List.of("task 5000"), caches.made, "the configured time to live");
    }

    @Test
    void aMembershipIsCachedAndAFirstCallsSubjectIsStoredAndSeenAtOnce() {
        memberRows.add(new Membership("acme", "dave", "dave@x.example", MemberRole.CONTRACTOR, T0));
        MemberDirectory directory = members();
        Membership dave = directory.find("acme", "dave").orElseThrow();
        assertEquals(null, dave.subject());
        directory.learnSubject(dave, "kc-dave");
        assertEquals("kc-dave", memberRows.byId.get("acme/dave").subject());
        assertEquals(List.of("membership acme/dave"), caches.evictions);
        directory.find("acme", "dave");
        assertEquals(List.of("membership acme/dave", "membership acme/dave"), caches.loads);
        assertEquals(List.of("membership 7000"), caches.made);
    }
}

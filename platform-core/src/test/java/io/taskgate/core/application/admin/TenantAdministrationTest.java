package io.taskgate.core.application.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.admin.TenantAdministration.TaskChange;
import io.taskgate.core.application.admin.TenantAdministration.TenantChange;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantAdministrationTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final AdminFakes.MemoryTenants tenants = new AdminFakes.MemoryTenants();
    final AdminFakes.MemoryTasks tasks = new AdminFakes.MemoryTasks();
    final AdminFakes.MemoryAudit log = new AdminFakes.MemoryAudit();
    final AdminFakes.RecordingTenantDirectory tenantCache = new AdminFakes.RecordingTenantDirectory();
    final AdminFakes.RecordingTaskDirectory taskCache = new AdminFakes.RecordingTaskDirectory();
    final TenantAdministration admin = new TenantAdministration();

    final Tenant acme = new Tenant("acme", "Acme", ZoneId.of("Europe/Berlin"), 30);
    final Tenant globex = new Tenant("globex", "Globex", ZoneOffset.UTC, 0);

    TenantAdministrationTest() {
        admin.tenants = tenants;
        admin.tasks = tasks;
        admin.audit = AdminFakes.auditTrail(log, Clock.fixed(NOW, ZoneOffset.UTC));
        admin.tenantDirectory = tenantCache;
        admin.taskDirectory = taskCache;
        tenants.add(acme);
        tenants.add(globex);
        tasks.add(new Task("acme-docs", "acme", "Docs portal", "The user manual", true, Set.of("doc")));
        tasks.add(new Task("etl-nightly", "globex", "ETL", "", true, Set.of("data")));
    }

    static TenantChange tenant(String name, String zone, Integer retention, Integer keyDays) {
        return new TenantChange(name, zone, retention, keyDays);
    }

    static TaskChange taskFields(String name, Boolean open, TaskQuota quota, List<String> examples) {
        return new TaskChange(name, null, null, open, quota, examples);
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    static AdminProblem refused(int status, String code, Executable action) {
        AdminProblem problem = assertThrows(AdminProblem.class, action);
        assertEquals(status, problem.status(), problem.getMessage());
        assertEquals(code, problem.code(), problem.getMessage());
        return problem;
    }

    // --- tenants ---

    @Test
    void aNewTenantStartsInUtcKeepingPromptsThirtyDaysAndIsStoredAndAudited() throws Exception {
        Tenant created = admin.createTenant("root", "initech", tenant("  Initech  ", null, null, null));
        assertEquals("Initech", created.name(), "the name is stripped");
        assertEquals("UTC", created.timeZone().getId());
        assertEquals(30, created.promptRetentionDays());
        assertEquals(OptionalInt.empty(), created.maxKeyLifetimeDays());
        assertSame(created, tenants.byId.get("initech"));
        AuditEntry entry = log.single();
        assertEquals("root", entry.actor());
        assertEquals("initech", entry.tenantId());
        assertEquals("tenant.create", entry.action());
        assertEquals("tenant", entry.targetType());
        assertEquals("initech", entry.targetId());
        assertNull(entry.before());
        assertEquals("Initech", json(entry.after()).get("name").asText());
        assertEquals(NOW, entry.at());
    }

    @Test
    void aNewTenantKeepsTheZoneRetentionAndKeyLifetimeItWasGiven() throws Exception {
        Tenant created = admin.createTenant("root", "initech", tenant("Initech", "Asia/Tokyo", 0, 90));
        assertEquals(ZoneId.of("Asia/Tokyo"), created.timeZone());
        assertEquals(0, created.promptRetentionDays());
        assertFalse(created.storesPrompts());
        assertEquals(OptionalInt.of(90), created.maxKeyLifetimeDays());
        JsonNode after = json(log.single().after());
        assertEquals("Asia/Tokyo", after.get("timeZone").asText());
        assertEquals(90, after.get("maxKeyLifetimeDays").asInt());
    }

    @Test
    void aDuplicateTenantIdIsA409AndTheExistingTenantStaysAsItWas() {
        AdminProblem problem = refused(409, "tenant_exists",
                () -> admin.createTenant("root", "acme", tenant("Someone else", null, null, null)));
        assertEquals("A tenant with id 'acme' already exists.", problem.getMessage());
        assertEquals("Acme", tenants.byId.get("acme").name());
        assertTrue(log.entries.isEmpty());
    }

    @Test
    void aNewTenantWithABadIdNameZoneRetentionOrKeyLifetimeIsA400AndNothingIsStored() {
        refused(400, "invalid_request", () -> admin.createTenant("root", "Not An Id", tenant("X", null, null, null)));
        refused(400, "invalid_request", () -> admin.createTenant("root", null, tenant("X", null, null, null)));
        AdminProblem noName = refused(400, "invalid_request",
                () -> admin.createTenant("root", "initech", tenant("  ", null, null, null)));
        assertEquals("name is required.", noName.getMessage());
        refused(400, "invalid_request", () -> admin.createTenant("root", "initech", tenant("x".repeat(201), null, null, null)));
        AdminProblem zone = refused(400, "invalid_request",
                () -> admin.createTenant("root", "initech", tenant("X", "Mars/Olympus", null, null)));
        assertTrue(zone.getMessage().contains("IANA zone"), zone.getMessage());
        AdminProblem retention = refused(400, "invalid_request",
                () -> admin.createTenant("root", "initech", tenant("X", null, -1, null)));
        assertTrue(retention.getMessage().contains("promptRetentionDays"), retention.getMessage());
        refused(400, "invalid_request", () -> admin.createTenant("root", "initech", tenant("X", null, 3651, null)));
        AdminProblem keys = refused(400, "invalid_request",
                () -> admin.createTenant("root", "initech", tenant("X", null, null, 0)));
        assertEquals("maxKeyLifetimeDays must be between 1 and 3650.", keys.getMessage());
        refused(400, "invalid_request", () -> admin.createTenant("root", "initech", tenant("X", null, null, 3651)));
        assertFalse(tenants.byId.containsKey("initech"));
        assertTrue(log.entries.isEmpty());
    }

    @Test
    void theRetentionAndKeyLifetimeBoundsThemselvesAreAccepted() {
        Tenant longest = admin.createTenant("root", "initech", tenant("Initech", null, 3650, 3650));
        assertEquals(3650, longest.promptRetentionDays());
        assertEquals(OptionalInt.of(3650), longest.maxKeyLifetimeDays());
        assertEquals(OptionalInt.of(1),
                admin.createTenant("root", "hooli", tenant("Hooli", null, 0, 1)).maxKeyLifetimeDays());
    }

    @Test
    void revisingATenantChangesOnlyTheGivenFieldsAuditsBeforeAndAfterAndClearsItsCache() throws Exception {
        Tenant saved = admin.reviseTenant("alice", acme, tenant(null, "America/New_York", 0, null));
        assertEquals("Acme", saved.name(), "a field left out stays");
        assertEquals(ZoneId.of("America/New_York"), saved.timeZone());
        assertEquals(0, saved.promptRetentionDays());
        assertEquals(List.of("acme"), tenants.updated);
        AuditEntry entry = log.single();
        assertEquals("tenant.update", entry.action());
        assertEquals("alice", entry.actor());
        assertEquals("Europe/Berlin", json(entry.before()).get("timeZone").asText());
        assertEquals(30, json(entry.before()).get("promptRetentionDays").asInt());
        assertEquals("America/New_York", json(entry.after()).get("timeZone").asText());
        assertEquals(0, json(entry.after()).get("promptRetentionDays").asInt());
        assertEquals(List.of("acme"), tenantCache.evicted, "the request path sees the new retention at once");
    }

    @Test
    void revisingATenantCanCapItsKeyLifetime() throws Exception {
        Tenant saved = admin.reviseTenant("alice", acme, tenant("Acme Corp", null, null, 30));
        assertEquals("Acme Corp", saved.name());
        assertEquals(OptionalInt.of(30), saved.maxKeyLifetimeDays());
        assertTrue(json(log.single().before()).get("maxKeyLifetimeDays").isNull());
        assertEquals(30, json(log.single().after()).get("maxKeyLifetimeDays").asInt());
    }

    @Test
    void revisingAnUnknownTenantIsA404AndNothingIsAuditedOrCleared() {
        Tenant gone = new Tenant("gone", "Gone", ZoneOffset.UTC, 0);
        AdminProblem problem = refused(404, "not_found", () -> admin.reviseTenant("alice", gone, tenant("X", null, null, null)));
        assertEquals("Tenant 'gone' was not found.", problem.getMessage());
        assertTrue(log.entries.isEmpty());
        assertTrue(tenantCache.evicted.isEmpty());
    }

    @Test
    void aRevisionWithABadValueIsA400AndIsNeitherStoredNorAudited() {
        refused(400, "invalid_request", () -> admin.reviseTenant("alice", acme, tenant(null, "Nowhere/Else", null, null)));
        refused(400, "invalid_request", () -> admin.reviseTenant("alice", acme, tenant(null, null, 4000, null)));
        refused(400, "invalid_request", () -> admin.reviseTenant("alice", acme, tenant(null, null, null, -5)));
        refused(400, "invalid_request", () -> admin.reviseTenant("alice", acme, tenant("y".repeat(201), null, null, null)));
        assertEquals("Acme", acme.name());
        assertEquals(ZoneId.of("Europe/Berlin"), acme.timeZone());
        assertEquals(30, acme.promptRetentionDays());
        assertTrue(tenants.updated.isEmpty());
        assertTrue(log.entries.isEmpty());
        assertTrue(tenantCache.evicted.isEmpty());
    }

    // --- tasks ---

    @Test
    void aNewTaskIsOpenByDefaultWithItsIntentsQuotaAndExamplesStoredAndAudited() throws Exception {
        TaskQuota quota = new TaskQuota(10_000L, null, new BigDecimal("25.00"), null);
        Task task = admin.createTask("alice", acme, "acme-checkout", new TaskChange(" Checkout ", "The shop's checkout",
                Set.of("code", "test"), null, quota, List.of(" write a cart test ", "")));
        assertTrue(task.isOpen());
        assertEquals("acme", task.tenantId());
        assertEquals("Checkout", task.name());
        assertEquals(Set.of("code", "test"), task.expectedIntents());
        assertEquals(new TaskQuota(10_000L, null, new BigDecimal("25.00"), BudgetPeriod.MONTH), task.quota());
        assertEquals(List.of("write a cart test"), task.examples());
        assertSame(task, tasks.byId.get("acme-checkout"));
        AuditEntry entry = log.single();
        assertEquals("task.create", entry.action());
        assertEquals("task", entry.targetType());
        assertEquals("acme-checkout", entry.targetId());
        assertEquals("acme", entry.tenantId());
        assertNull(entry.before());
        JsonNode after = json(entry.after());
        assertEquals(10_000, after.get("quota").get("dailyTokens").asLong());
        assertEquals("MONTH", after.get("quota").get("budgetPeriod").asText());
        assertEquals("[\"code\",\"test\"]", after.get("expectedIntents").toString(), "intents sorted");
    }

    @Test
    void aNewTaskCanStartClosedWithoutIntentsOrQuota() {
        Task task = admin.createTask("alice", acme, "acme-later", new TaskChange("Later", null, null, false, null, null));
        assertFalse(task.isOpen());
        assertEquals(Set.of(), task.expectedIntents());
        assertTrue(task.quota().isNone());
        assertEquals(List.of(), task.examples());
    }

    @Test
    void aTaskIdTakenByAnotherTenantIsA409ThatDoesNotNameThatTenant() {
        AdminProblem problem = refused(409, "task_exists",
                () -> admin.createTask("alice", acme, "etl-nightly", taskFields("Mine now", null, null, null)));
        assertEquals("The task id 'etl-nightly' is taken. Choose another one.", problem.getMessage(),
                "the message does not say which tenant holds it");
        assertEquals("globex", tasks.byId.get("etl-nightly").tenantId());
        assertEquals("ETL", tasks.byId.get("etl-nightly").name());
        assertTrue(log.entries.isEmpty());
    }

    @Test
    void aNewTaskWithABadIdNameIntentQuotaOrExampleIsA400AndNothingIsStored() {
        refused(400, "invalid_request", () -> admin.createTask("alice", acme, "Bad Id", taskFields("X", null, null, null)));
        refused(400, "invalid_request", () -> admin.createTask("alice", acme, "acme-new", taskFields(null, null, null, null)));
        AdminProblem intent = refused(400, "invalid_request", () -> admin.createTask("alice", acme, "acme-new",
                new TaskChange("X", null, Set.of("Off Topic!"), null, null, null)));
        assertTrue(intent.getMessage().startsWith("An intent label must be"), intent.getMessage());
        refused(400, "invalid_request", () -> admin.createTask("alice", acme, "acme-new",
                new TaskChange("X", "d".repeat(4001), null, null, null, null)));
        AdminProblem quota = refused(400, "invalid_request", () -> admin.createTask("alice", acme, "acme-new",
                taskFields("X", null, new TaskQuota(0L, -1L, null, null), null)));
        assertEquals("Invalid task quota: quota.dailyTokens must be at least 1; quota.monthlyTokens must be at least 1.",
                quota.getMessage());
        refused(400, "invalid_request", () -> admin.createTask("alice", acme, "acme-new",
                taskFields("X", null, null, List.of("bell \u0007"))));
        assertFalse(tasks.byId.containsKey("acme-new"));
        assertTrue(log.entries.isEmpty());
    }

    @Test
    void revisingATaskChangesTheGivenFieldsAuditsItAsAnUpdateAndClearsItsCache() throws Exception {
        Task saved = admin.reviseTask("alice", acme, "acme-docs", new TaskChange(null, "The admin manual",
                Set.of("doc", "design"), null, new TaskQuota(null, 500_000L, null, null), List.of("explain the refund screen")));
        assertEquals("Docs portal", saved.name(), "a field left out stays");
        assertEquals("The admin manual", saved.description());
        assertEquals(Set.of("doc", "design"), saved.expectedIntents());
        assertEquals(500_000L, saved.quota().monthlyTokens());
        assertEquals(List.of("explain the refund screen"), saved.examples());
        assertTrue(saved.isOpen());
        assertEquals(List.of("acme-docs"), tasks.updated);
        AuditEntry entry = log.single();
        assertEquals("task.update", entry.action());
        assertEquals("The user manual", json(entry.before()).get("description").asText());
        assertEquals("The admin manual", json(entry.after()).get("description").asText());
        assertEquals(List.of("acme-docs"), taskCache.evicted, "the request path sees the new quota at once");
    }

    @Test
    void closingATaskIsAuditedAsAClose() throws Exception {
        Task saved = admin.reviseTask("alice", acme, "acme-docs", taskFields(null, false, null, null));
        assertFalse(saved.isOpen());
        assertFalse(tasks.byId.get("acme-docs").isOpen());
        AuditEntry entry = log.single();
        assertEquals("task.close", entry.action());
        assertTrue(json(entry.before()).get("open").asBoolean());
        assertFalse(json(entry.after()).get("open").asBoolean());
        assertEquals(List.of("acme-docs"), taskCache.evicted);
    }

    @Test
    void reopeningATaskIsAnUpdateAndAnEmptyQuotaLiftsTheTasksLimits() {
        Task docs = tasks.byId.get("acme-docs");
        docs.setOpen(false);
        docs.limit(new TaskQuota(1_000L, null, null, null));
        docs.exemplify(List.of("old example"));
        Task saved = admin.reviseTask("alice", acme, "acme-docs", taskFields(null, true, TaskQuota.NONE, List.of()));
        assertTrue(saved.isOpen());
        assertTrue(saved.quota().isNone());
        assertEquals(List.of(), saved.examples(), "an empty list removes the examples");
        assertEquals("task.update", log.single().action());
    }

    @Test
    void aRevisionWithoutExamplesOrQuotaKeepsTheTasksOwn() {
        Task docs = tasks.byId.get("acme-docs");
        docs.limit(new TaskQuota(1_000L, null, null, null));
        docs.exemplify(List.of("explain the refund screen"));
        Task saved = admin.reviseTask("alice", acme, "acme-docs", taskFields("Docs", null, null, null));
        assertEquals("Docs", saved.name());
        assertEquals(1_000L, saved.quota().dailyTokens());
        assertEquals(List.of("explain the refund screen"), saved.examples());
    }

    @Test
    void anotherTenantsTaskAndAnUnknownOrMalformedIdAreAll404AndNothingChanges() {
        for (String id : List.of("etl-nightly", "acme-nothing", "NOT VALID")) {
            AdminProblem problem = refused(404, "not_found",
                    () -> admin.reviseTask("alice", acme, id, taskFields("Taken over", false, null, null)));
            assertEquals("Task '" + id + "' was not found.", problem.getMessage());
        }
        assertEquals("ETL", tasks.byId.get("etl-nightly").name());
        assertTrue(tasks.byId.get("etl-nightly").isOpen());
        assertTrue(tasks.updated.isEmpty());
        assertTrue(log.entries.isEmpty());
        assertTrue(taskCache.evicted.isEmpty());
    }

    @Test
    void aTaskRevisionWithAnInvalidQuotaOrExampleIsA400AndIsNeitherStoredNorAudited() {
        refused(400, "invalid_request", () -> admin.reviseTask("alice", acme, "acme-docs",
                taskFields(null, null, new TaskQuota(null, null, new BigDecimal("-1"), null), null)));
        refused(400, "invalid_request", () -> admin.reviseTask("alice", acme, "acme-docs",
                taskFields(null, null, null, List.of("x".repeat(Inputs.MAX_EXAMPLE_CHARS + 1)))));
        refused(400, "invalid_request", () -> admin.reviseTask("alice", acme, "acme-docs",
                new TaskChange(null, null, Set.of("UPPER"), null, null, null)));
        assertTrue(tasks.byId.get("acme-docs").quota().isNone());
        assertTrue(tasks.updated.isEmpty());
        assertTrue(log.entries.isEmpty());
        assertTrue(taskCache.evicted.isEmpty());
    }

    @Test
    void aTenantReadsItsOwnTaskButNotAnotherTenants() {
        assertEquals("Docs portal", admin.task(acme, "acme-docs").name());
        refused(404, "not_found", () -> admin.task(globex, "acme-docs"));
    }
}

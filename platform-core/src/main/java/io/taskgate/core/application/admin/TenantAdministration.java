package io.taskgate.core.application.admin;

import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.task.TaskRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** Creates and changes tenants and their tasks; every change is audited in the same transaction. */
@ApplicationScoped
public class TenantAdministration {

    @Inject
    TenantRepository tenants;

    @Inject
    TaskRepository tasks;

    @Inject
    AuditTrail audit;

    @Inject
    TenantDirectory tenantDirectory;

    @Inject
    TaskDirectory taskDirectory;

    /** Settings of a tenant; {@code null} fields are left as they are. */
    public record TenantChange(String name, String timeZone, Integer promptRetentionDays, Integer maxKeyLifetimeDays) {
    }

    /**
     * A task's fields; {@code null} fields are left as they are. A {@code quota} replaces the task's own quota
     * as a whole (an empty one lifts it).
     */
    public record TaskChange(String name, String description, Set<String> expectedIntents, Boolean open,
                             TaskQuota quota, List<String> examples) {
    }

    @Transactional
    public Tenant createTenant(String actor, String id, TenantChange settings) {
        Inputs.id(id, "Tenant id");
        if (tenants.find(id).isPresent()) {
            throw AdminProblem.conflict("tenant_exists", "A tenant with id '" + id + "' already exists.");
        }
        String name = Inputs.text(settings.name(), "name", 200, true);
        Tenant tenant = new Tenant(id, name, Inputs.zone(settings.timeZone() == null ? "UTC" : settings.timeZone()),
                retention(settings.promptRetentionDays() == null ? 30 : settings.promptRetentionDays()));
        if (settings.maxKeyLifetimeDays() != null) {
            tenant.capKeyLifetime(keyLifetime(settings.maxKeyLifetimeDays()));
        }
        tenants.add(tenant);
        audit.record(actor, id, "tenant.create", "tenant", id, null, Views.of(tenant));
        return tenant;
    }

    @Transactional
    public Tenant reviseTenant(String actor, Tenant tenant, TenantChange change) {
        Tenant current = tenants.find(tenant.id()).orElseThrow(() -> AdminProblem.notFound("Tenant '" + tenant.id() + "'"));
        var before = Views.of(current);
        current.revise(Inputs.text(change.name(), "name", 200, false),
                change.timeZone() == null ? null : Inputs.zone(change.timeZone()),
                change.promptRetentionDays() == null ? null : retention(change.promptRetentionDays()));
        if (change.maxKeyLifetimeDays() != null) {
            current.capKeyLifetime(keyLifetime(change.maxKeyLifetimeDays()));
        }
        Tenant saved = tenants.update(current);
        audit.record(actor, tenant.id(), "tenant.update", "tenant", tenant.id(), before, Views.of(saved));
        tenantDirectory.evict(tenant.id());
        return saved;
    }

    @Transactional
    public Task createTask(String actor, Tenant tenant, String id, TaskChange fields) {
        Inputs.id(id, "Task id");
        if (tasks.find(new TaskId(id)).isPresent()) {
            // Task ids are global (X-Task-Id names one task); do not reveal which tenant holds it.
            throw AdminProblem.conflict("task_exists", "The task id '" + id + "' is taken. Choose another one.");
        }
        Task task = new Task(id, tenant.id(), Inputs.text(fields.name(), "name", 200, true),
                Inputs.text(fields.description(), "description", 4000, false), fields.open() == null || fields.open(),
                intents(fields.expectedIntents()));
        if (fields.quota() != null) {
            task.limit(quota(fields.quota()));
        }
        task.exemplify(Inputs.examples(fields.examples()));
        tasks.add(task);
        audit.record(actor, tenant.id(), "task.create", "task", id, null, Views.of(task));
        return task;
    }

    @Transactional
    public Task reviseTask(String actor, Tenant tenant, String taskId, TaskChange change) {
        Task task = task(tenant, taskId);
        var before = Views.of(task);
        task.revise(Inputs.text(change.name(), "name", 200, false),
                Inputs.text(change.description(), "description", 4000, false),
                change.expectedIntents() == null ? null : intents(change.expectedIntents()));
        if (change.open() != null) {
            task.setOpen(change.open());
        }
        if (change.quota() != null) {
            task.limit(quota(change.quota()));
        }
        if (change.examples() != null) {
            task.exemplify(Inputs.examples(change.examples()));
        }
        Task saved = tasks.update(task);
        audit.record(actor, tenant.id(), change.open() == Boolean.FALSE ? "task.close" : "task.update", "task", taskId,
                before, Views.of(saved));
        taskDirectory.evict(taskId);
        return saved;
    }

    private static TaskQuota quota(TaskQuota quota) {
        if (!quota.problems().isEmpty()) {
            throw AdminProblem.invalid("Invalid task quota: " + String.join("; ", quota.problems()) + ".");
        }
        return quota;
    }

    /** A task of this tenant; 404 for unknown ids and for other tenants' tasks alike. */
    public Task task(Tenant tenant, String taskId) {
        return (TaskId.isValid(taskId) ? tasks.find(new TaskId(taskId)) : java.util.Optional.<Task>empty())
                .filter(t -> t.tenantId().equals(tenant.id()))
                .orElseThrow(() -> AdminProblem.notFound("Task '" + taskId + "'"));
    }

    private static int retention(int days) {
        if (days < 0 || days > 3650) {
            throw AdminProblem.invalid("promptRetentionDays must be between 0 (never store prompts) and 3650.");
        }
        return days;
    }

    private static int keyLifetime(int days) {
        if (days < 1 || days > 3650) {
            throw AdminProblem.invalid("maxKeyLifetimeDays must be between 1 and 3650.");
        }
        return days;
    }

    private static Set<String> intents(Set<String> values) {
        Set<String> checked = values == null ? Set.of() : values;
        checked.forEach(v -> Inputs.id(v, "An intent label"));
        return checked;
    }
}

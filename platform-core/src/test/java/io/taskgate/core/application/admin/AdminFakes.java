package io.taskgate.core.application.admin;

import io.taskgate.core.application.access.MemberDirectory;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.audit.AuditRepository;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Hand-written in-memory fakes of the admin side's ports (repositories, the request path's directories) and
 * builders of the admin services over them, for the unit tests of the admin and misuse use cases.
 */
public final class AdminFakes {

    private AdminFakes() {
    }

    /** The real audit trail over an in-memory log and a fixed clock. */
    public static AuditTrail auditTrail(AuditRepository entries, Clock clock) {
        AuditTrail audit = new AuditTrail();
        audit.entries = entries;
        audit.clock = clock;
        return audit;
    }

    /** The real membership writer over in-memory fakes. */
    public static MemberStore memberStore(MembershipRepository members, AuditTrail audit, MemberDirectory directory) {
        MemberStore store = new MemberStore();
        store.members = members;
        store.audit = audit;
        store.directory = directory;
        return store;
    }

    /** Tenants by id; counts the updates it was asked to store. */
    public static final class MemoryTenants implements TenantRepository {
        public final Map<String, Tenant> byId = new LinkedHashMap<>();
        public final List<String> updated = new ArrayList<>();

        @Override
        public Optional<Tenant> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Tenant> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public void add(Tenant tenant) {
            byId.put(tenant.id(), tenant);
        }

        @Override
        public Tenant update(Tenant tenant) {
            updated.add(tenant.id());
            byId.put(tenant.id(), tenant);
            return tenant;
        }
    }

    /** Tasks by id (ids are global); counts the updates it was asked to store. */
    public static final class MemoryTasks implements TaskRepository {
        public final Map<String, Task> byId = new LinkedHashMap<>();
        public final List<String> updated = new ArrayList<>();

        @Override
        public Optional<Task> find(TaskId id) {
            return Optional.ofNullable(byId.get(id.value()));
        }

        @Override
        public List<Task> findByTenant(String tenantId) {
            return byId.values().stream().filter(t -> t.tenantId().equals(tenantId)).toList();
        }

        @Override
        public void add(Task task) {
            byId.put(task.id(), task);
        }

        @Override
        public Task update(Task task) {
            updated.add(task.id());
            byId.put(task.id(), task);
            return task;
        }
    }

    /** Memberships by tenant and username ({@link InMemoryMembershipRepository}); counts the updates it was asked to store. */
    public static final class MemoryMembers extends InMemoryMembershipRepository {
        public final Map<String, Membership> byId = rows;
        public final List<String> updated = new ArrayList<>();

        @Override
        public Membership update(Membership membership) {
            updated.add(membership.id());
            return super.update(membership);
        }
    }

    /** The audit log in memory, in the order written. */
    public static final class MemoryAudit implements AuditRepository {
        public final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void add(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> find(String tenantId, int offset, int limit) {
            return newestFirst().stream().filter(e -> tenantId == null || Objects.equals(tenantId, e.tenantId()))
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public List<AuditEntry> about(String tenantId, String targetType, String targetId, int limit) {
            return newestFirst().stream().filter(e -> Objects.equals(tenantId, e.tenantId())
                    && e.targetType().equals(targetType) && e.targetId().equals(targetId)).limit(limit).toList();
        }

        /** The only entry written; fails when there is not exactly one. */
        public AuditEntry single() {
            if (entries.size() != 1) {
                throw new AssertionError("expected one audit entry, got " + entries.size() + ": "
                        + entries.stream().map(AuditEntry::action).toList());
            }
            return entries.get(0);
        }

        private List<AuditEntry> newestFirst() {
            List<AuditEntry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparing(AuditEntry::at).reversed());
            return sorted;
        }
    }

    /** The tenant cache of the request path, recording which tenants were cleared. */
    public static final class RecordingTenantDirectory extends TenantDirectory {
        public final List<String> evicted = new ArrayList<>();

        @Override
        public void evict(String tenantId) {
            evicted.add(tenantId);
        }
    }

    /** The task cache of the request path, recording which tasks were cleared. */
    public static final class RecordingTaskDirectory extends TaskDirectory {
        public final List<String> evicted = new ArrayList<>();

        @Override
        public void evict(String taskId) {
            evicted.add(taskId);
        }
    }

    /** The membership cache of the request path, recording which memberships were cleared. */
    public static final class RecordingMemberDirectory extends MemberDirectory {
        public final List<String> evicted = new ArrayList<>();

        @Override
        public void evict(String tenantId, String username) {
            evicted.add(Membership.idOf(tenantId, username));
        }
    }
}

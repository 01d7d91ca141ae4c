package io.taskgate.core.domain.model.audit;

import java.util.List;

/** The audit log; append-only. */
public interface AuditRepository {

    void add(AuditEntry entry);

    /** Newest first; {@code tenantId == null} reads all tenants (platform admin). */
    List<AuditEntry> find(String tenantId, int offset, int limit);

    /** The entries about one target of a tenant (e.g. a member), newest first. */
    List<AuditEntry> about(String tenantId, String targetType, String targetId, int limit);
}

package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;

/** The audit log in the database. */
@ApplicationScoped
@GuardedByDatabaseAvailability
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> find(String tenantId, int offset, int limit) {
        TypedQuery<AuditEntry> query = tenantId == null
                ? em.createQuery("select a from AuditEntry a order by a.at desc, a.id", AuditEntry.class)
                : em.createQuery("select a from AuditEntry a where a.tenantId = :t order by a.at desc, a.id",
                AuditEntry.class).setParameter("t", tenantId);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditEntry> about(String tenantId, String targetType, String targetId, int limit) {
        return em.createQuery("select a from AuditEntry a where a.tenantId = :t and a.targetType = :type "
                        + "and a.targetId = :id order by a.at desc, a.id", AuditEntry.class)
                .setParameter("t", tenantId).setParameter("type", targetType).setParameter("id", targetId)
                .setMaxResults(limit).getResultList();
    }
}

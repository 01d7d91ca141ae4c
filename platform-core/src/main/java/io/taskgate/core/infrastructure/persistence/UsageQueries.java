package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Read side of the usage ledger. */
@ApplicationScoped
public class UsageQueries {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    public List<UsageRecord> recentOf(String subject, int limit) {
        return em.createQuery("select u from UsageRecord u where u.subject = :s order by u.createdAt desc", UsageRecord.class)
                .setParameter("s", subject).setMaxResults(limit).getResultList();
    }
}

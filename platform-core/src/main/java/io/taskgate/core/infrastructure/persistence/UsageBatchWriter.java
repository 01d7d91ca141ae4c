package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** Persists a batch of ledger rows in one transaction. */
@ApplicationScoped
public class UsageBatchWriter {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Transactional
    public void write(List<UsageRecord> batch) {
        for (UsageRecord record : batch) {
            em.persist(record);
        }
    }
}

package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.misuse.MisuseEvidence;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/** Read side of misuse evidence for the console: the signals of given requests. */
@ApplicationScoped
public class EvidenceQueries implements MisuseEvidence {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public List<MisuseEvent> ofRequests(String tenantId, Set<String> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from MisuseEvent e where e.tenantId = :t and e.requestId in :ids "
                        + "order by e.at, e.id", MisuseEvent.class)
                .setParameter("t", tenantId).setParameter("ids", requestIds).getResultList();
    }
}

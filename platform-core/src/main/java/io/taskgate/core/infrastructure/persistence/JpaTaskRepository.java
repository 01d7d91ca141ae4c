package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Tasks from the database; read on every request (through a 1 s cache) so a closed task is refused at once. */
@ApplicationScoped
@GuardedByDatabaseAvailability
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class JpaTaskRepository implements TaskRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public Optional<Task> find(TaskId id) {
        return Optional.ofNullable(em.find(Task.class, id.value()));
    }

    @Override
    public List<Task> findByTenant(String tenantId) {
        return em.createQuery("select t from Task t where t.tenantId = :t order by t.id", Task.class)
                .setParameter("t", tenantId).getResultList();
    }

    @Override
    @Transactional
    public void add(Task task) {
        em.persist(task);
    }

    @Override
    @Transactional
    public Task update(Task task) {
        return em.merge(task);
    }
}

package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Tasks from the database; read on every request so a closed task is refused at once. */
@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public Optional<Task> find(TaskId id) {
        return Optional.ofNullable(em.find(Task.class, id.value()));
    }
}

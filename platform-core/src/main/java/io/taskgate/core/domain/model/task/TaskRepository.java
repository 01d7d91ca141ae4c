package io.taskgate.core.domain.model.task;

import java.util.List;
import java.util.Optional;

/** Tasks; never deleted (closing keeps their history). */
public interface TaskRepository {

    Optional<Task> find(TaskId id);

    List<Task> findByTenant(String tenantId);

    void add(Task task);

    Task update(Task task);
}

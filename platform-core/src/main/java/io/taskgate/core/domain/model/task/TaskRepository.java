package io.taskgate.core.domain.model.task;

import java.util.Optional;

/** Looks tasks up by id. */
public interface TaskRepository {

    Optional<Task> find(TaskId id);
}

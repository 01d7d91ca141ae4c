package io.taskgate.core.application.internal;

import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Tasks for the request path. A lookup is remembered for {@code gateway.cache.task-ttl-ms} (default 1000 ms):
 * a task closed or removed in the database is refused by every gateway instance within that time, and
 * at once by the instance that made the change (it calls {@link #evict}).
 */
@ApplicationScoped
public class TaskDirectory {

    @Inject
    TaskRepository tasks;

    @Inject
    @ConfigProperty(name = "gateway.cache.task-ttl-ms", defaultValue = "1000")
    long ttlMillis;

    private TtlCache<String, Optional<TaskInfo>> cache;

    @PostConstruct
    void init() {
        cache = new TtlCache<>(ttlMillis);
    }

    public Optional<TaskInfo> find(TaskId id) {
        return cache.get(id.value(), key -> tasks.find(id).map(Task::toInfo));
    }

    public void evict(String taskId) {
        cache.evict(taskId);
    }
}

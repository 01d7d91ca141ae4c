package io.taskgate.core.application.internal;

import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<TaskInfo> task, long loadedAt) {
    }

    public Optional<TaskInfo> find(TaskId id) {
        long now = System.nanoTime();
        Cached cached = cache.get(id.value());
        if (cached == null || now - cached.loadedAt() > ttlMillis * 1_000_000) {
            if (cache.size() > 50_000) {
                cache.clear();
            }
            cached = new Cached(tasks.find(id).map(Task::toInfo), now);
            cache.put(id.value(), cached);
        }
        return cached.task();
    }

    public void evict(String taskId) {
        cache.remove(taskId);
    }
}

package io.taskgate.core.application.access;

import io.taskgate.core.application.Cache;

import io.taskgate.core.application.Caches;

import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.task.TaskRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Tasks for the request path, remembered for up to {@code gateway.cache.task-ttl-ms} (default 30 s, a safety net):
 * a task closed, removed or given another quota reaches every instance within the {@link Caches} poll
 * interval, and at once the instance that made the change (it calls {@link #evict}).
 */
@ApplicationScoped
public class TaskDirectory {

    @Inject
    TaskRepository tasks;

    @Inject
    @ConfigProperty(name = "gateway.cache.task-ttl-ms", defaultValue = "30000")
    long ttlMillis;

    private Cache<String, Optional<Known>> cache;

    /** What the request path needs of a task, read together: what stages see, and its own quota. */
    public record Known(TaskInfo info, TaskQuota quota) {
    }

    @Inject
    Caches coherence;

    @PostConstruct
    void init() {
        cache = coherence.newCache("task", ttlMillis);
    }

    /** The task and its quota in one lookup (what a proxy call resolves once). */
    public Optional<Known> entry(TaskId id) {
        return known(id);
    }

    public Optional<TaskInfo> find(TaskId id) {
        return known(id).map(Known::info);
    }

    /** The task's own quota, shared by everyone working on it; {@link TaskQuota#NONE} when it has none. */
    public TaskQuota quota(TaskId id) {
        return known(id).map(Known::quota).orElse(TaskQuota.NONE);
    }

    private Optional<Known> known(TaskId id) {
        return cache.get(id.value(), key -> tasks.find(id).map(task -> new Known(task.toInfo(), task.quota())));
    }

    public void evict(String taskId) {
        cache.evict(taskId);
    }
}

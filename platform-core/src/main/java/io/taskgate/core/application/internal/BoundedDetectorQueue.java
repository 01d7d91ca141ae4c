package io.taskgate.core.application.internal;

import io.taskgate.core.application.pipeline.DetectorQueue;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The default {@link DetectorQueue}: {@code gateway.misuse-pre.beside.threads} managed threads (default, or
 * {@code -1}: half the cores, at least one, so that detectors never take the whole machine from the requests) behind a queue of {@code gateway.misuse-pre.beside.queue} requests (default 512). A request that finds the
 * queue full is shed: its detectors do not run, and the pipeline counts it per plugin ({@code /api/plugins},
 * {@code taskgate_stage_shed_total}). With 0 threads the detectors run on the request's own thread.
 */
@ApplicationScoped
public class BoundedDetectorQueue implements DetectorQueue {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "gateway.misuse-pre.beside.threads", defaultValue = "-1")
    int configuredThreads;

    @Inject
    @ConfigProperty(name = "gateway.misuse-pre.beside.queue", defaultValue = "512")
    int capacity;

    private ThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        if (configuredThreads == 0) {
            return;
        }
        int count = configuredThreads > 0 ? configuredThreads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        executor = new ThreadPoolExecutor(count, count, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, capacity)), threads, new ThreadPoolExecutor.AbortPolicy());
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean offer(Runnable task) {
        if (executor == null) {
            return INLINE.offer(task);
        }
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Requests waiting for a detector thread. */
    public int queued() {
        return executor == null ? 0 : executor.getQueue().size();
    }
}

package io.taskgate.core.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the request path's background reads (the caches' refreshes, the usage-pattern looks): one managed thread of
 * its own, each load in a transaction of its own. Not the managed executor service: it propagates the submitting
 * request's invocation, whose non-transactional entity managers the container then closes under the other thread's
 * feet.
 */
@ApplicationScoped
public class CacheRefresher implements Executor {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    InTransaction inTransaction;

    private ThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1_000), threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Queues a refresh; throws {@code RejectedExecutionException} when a thousand are already waiting. */
    @Override
    public void execute(Runnable load) {
        executor.execute(() -> inTransaction.run(load));
    }

    /** A load in a transaction: entity managers are then bound to it and closed with it. */
    @ApplicationScoped
    public static class InTransaction {
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void run(Runnable work) {
            work.run();
        }
    }
}

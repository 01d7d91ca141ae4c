package io.taskgate.core.application.internal;

import io.taskgate.core.domain.model.usage.UsageLedger;
import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.infrastructure.persistence.UsageBatchWriter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes ledger rows off the request path, in batches. When the queue is full the request thread writes
 * its row itself (back-pressure instead of loss); a failed batch is retried until the database accepts it;
 * on shutdown the queue is drained before the application stops.
 */
@ApplicationScoped
public class AsyncUsageLedger implements UsageLedger {

    private static final Logger LOG = Logger.getLogger(AsyncUsageLedger.class.getName());
    private static final int CAPACITY = 20_000;
    private static final int BATCH = 500;

    @Inject
    UsageBatchWriter writer;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<UsageRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean running = true;
    private Thread worker;

    @PostConstruct
    void start() {
        worker = threads.newThread(this::drainLoop);
        worker.setName("taskgate-usage-ledger");
        worker.start();
    }

    @Override
    public void record(UsageRecord record) {
        if (!queue.offer(record)) {
            writer.write(List.of(record));
        }
    }

    /** Rows accepted but not yet written. */
    public int pending() {
        return queue.size();
    }

    private void drainLoop() {
        List<UsageRecord> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                UsageRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writeWithRetry(batch);
                batch.clear();
            } catch (InterruptedException e) {
                running = false;
                writeOnceAtShutdown(batch);
            }
        }
    }

    /** Interrupted mid-batch: one last try for the rows already taken off the queue. */
    private void writeOnceAtShutdown(List<UsageRecord> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            writer.write(batch);
        } catch (RuntimeException e) {
            LOG.severe("Interrupted at shutdown; " + batch.size() + " usage rows could not be written: " + e);
        }
        batch.clear();
    }

    private void writeWithRetry(List<UsageRecord> batch) throws InterruptedException {
        long backoff = 100;
        while (true) {
            try {
                writer.write(batch);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Writing " + batch.size() + " usage rows failed; retrying in " + backoff + " ms: " + e);
                if (!running && backoff > 5_000) {
                    LOG.severe("Giving up on " + batch.size() + " usage rows at shutdown");
                    return;
                }
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            worker.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

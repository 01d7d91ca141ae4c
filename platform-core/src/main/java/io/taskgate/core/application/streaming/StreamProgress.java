package io.taskgate.core.application.streaming;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Reports a running stream's progress now and then, off the relay thread: at most once per {@code everyNanos},
 * and never a second report while one is still running (a slow or frozen database must not slow the stream).
 */
public final class StreamProgress {

    /** What to record: the content chunks relayed so far. */
    public interface Reporter {
        void delivered(long contentChunks);
    }

    private final Executor executor;
    private final long everyNanos;
    private final LongSupplier clock;
    private final LongSupplier chunks;
    private final Reporter reporter;
    private final AtomicBoolean running = new AtomicBoolean();
    private long last;
    private long reported = -1;

    public StreamProgress(Executor executor, long everyNanos, LongSupplier clock, LongSupplier chunks, Reporter reporter) {
        this.executor = executor;
        this.everyNanos = everyNanos;
        this.clock = clock;
        this.chunks = chunks;
        this.reporter = reporter;
        this.last = clock.getAsLong();
    }

    /** Called on every event the relay reads (the relay thread). */
    public void tick() {
        long now = clock.getAsLong();
        if (now - last < everyNanos) {
            return;
        }
        long seen = chunks.getAsLong();
        if (seen == reported || !running.compareAndSet(false, true)) {
            return;
        }
        last = now;
        reported = seen;
        try {
            executor.execute(() -> {
                try {
                    reporter.delivered(seen);
                } finally {
                    running.set(false);
                }
            });
        } catch (RuntimeException e) {
            running.set(false); // executor shut down or full: the next tick tries again
        }
    }
}

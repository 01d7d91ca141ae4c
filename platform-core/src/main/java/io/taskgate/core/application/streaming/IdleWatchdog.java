package io.taskgate.core.application.streaming;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes an upstream stream that has been silent for longer than the idle timeout. A stream that keeps
 * sending is never cut, however long it runs: only silence between events counts.
 */
public final class IdleWatchdog {

    private final ScheduledExecutorService scheduler;

    public IdleWatchdog(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public Watch watch(Closeable upstream, Duration idleTimeout) {
        Watch watch = new Watch(upstream, idleTimeout.toNanos());
        long period = Math.max(10, idleTimeout.toMillis() / 4);
        watch.future = scheduler.scheduleAtFixedRate(watch::check, period, period, TimeUnit.MILLISECONDS);
        return watch;
    }

    /** One watched stream. Call {@link #touch()} on every event and {@link #close()} when done. */
    public static final class Watch implements AutoCloseable {
        private final Closeable upstream;
        private final long idleNanos;
        private volatile long lastActivity = System.nanoTime();
        private volatile boolean fired;
        private volatile ScheduledFuture<?> future;

        private Watch(Closeable upstream, long idleNanos) {
            this.upstream = upstream;
            this.idleNanos = idleNanos;
        }

        public void touch() {
            lastActivity = System.nanoTime();
        }

        /** Whether the watchdog cut the stream for silence. */
        public boolean fired() {
            return fired;
        }

        private void check() {
            if (!fired && System.nanoTime() - lastActivity > idleNanos) {
                fired = true;
                try {
                    upstream.close();
                } catch (IOException ignored) {
                    // closing is best effort; the reader sees the stream end either way
                }
                ScheduledFuture<?> f = future;
                if (f != null) {
                    f.cancel(false);
                }
            }
        }

        @Override
        public void close() {
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}

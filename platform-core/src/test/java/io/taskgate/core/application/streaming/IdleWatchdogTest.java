package io.taskgate.core.application.streaming;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdleWatchdogTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final IdleWatchdog watchdog = new IdleWatchdog(scheduler);

    /** An upstream stream that records being closed. */
    static final class Upstream implements Closeable {
        final CountDownLatch closed = new CountDownLatch(1);
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public void close() {
            closes.incrementAndGet();
            closed.countDown();
        }
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void silentStreamIsClosedAfterTheIdleTimeout() throws Exception {
        Upstream upstream = new Upstream();

        IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(300));

        assertTrue(upstream.closed.await(10, TimeUnit.SECONDS), "a silent stream must be closed");
        assertTrue(watch.fired());
        watch.close();
    }

    @Test
    void streamThatKeepsSendingIsNeverClosed() throws Exception {
        Upstream upstream = new Upstream();
        IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(300));

        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        while (System.nanoTime() < end) {
            watch.touch();
            Thread.sleep(50);
        }
        watch.touch();
        watch.close();

        assertFalse(watch.fired());
        assertEquals(0, upstream.closes.get());
    }

    @Test
    void streamThatWentSilentAfterSendingIsClosed() throws Exception {
        Upstream upstream = new Upstream();
        IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(300));
        for (int i = 0; i < 5; i++) {
            watch.touch();
            Thread.sleep(50);
        }

        assertTrue(upstream.closed.await(10, TimeUnit.SECONDS));
        assertTrue(watch.fired());
    }

    @Test
    void closedWatchNeverFiresOnTheStreamAfterwards() throws Exception {
        Upstream upstream = new Upstream();
        IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(300));
        watch.close();

        Thread.sleep(1000);

        assertFalse(watch.fired());
        assertEquals(0, upstream.closes.get());
    }

    @Test
    void firedWatchClosesTheStreamOnlyOnce() throws Exception {
        Upstream upstream = new Upstream();
        IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(100));

        assertTrue(upstream.closed.await(10, TimeUnit.SECONDS));
        Thread.sleep(400);

        assertTrue(watch.fired());
        assertEquals(1, upstream.closes.get());
    }
}

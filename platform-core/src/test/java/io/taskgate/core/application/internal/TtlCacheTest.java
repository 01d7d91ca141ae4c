package io.taskgate.core.application.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TtlCacheTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    /** Runs background work only when the test says so. */
    private static final class ManualExecutor implements Executor {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queued.add(task);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @Test
    void reloadsAfterTheTimeToLiveAndAfterEviction() {
        TtlCache<String, Integer> cache = new TtlCache<>(1000, null, key -> { }, nanos::get);
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()));
        nanos.addAndGet(999 * MS);
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()), "still fresh");
        nanos.addAndGet(2 * MS);
        assertEquals(2, cache.get("a", k -> loads.incrementAndGet()), "expired");
        cache.evict("a");
        assertEquals(3, cache.get("a", k -> loads.incrementAndGet()), "evicted");
    }

    @Test
    void anEntryPastHalfItsLifeIsRefreshedInTheBackgroundWhileReadersKeepGettingIt() {
        ManualExecutor background = new ManualExecutor();
        TtlCache<String, Integer> cache = new TtlCache<>(1000, background, key -> { }, nanos::get);
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()));

        nanos.addAndGet(600 * MS);
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()), "served at once, not loaded on the reader");
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()));
        assertEquals(1, background.queued.size(), "one refresh per key at a time");
        assertEquals(1, loads.get());

        background.runAll();
        assertEquals(2, cache.get("a", k -> loads.incrementAndGet()), "the refreshed value");
        nanos.addAndGet(900 * MS);
        assertEquals(2, cache.get("a", k -> loads.incrementAndGet()), "the refresh restarted its life");
    }

    @Test
    void anEntryIsNeverServedPastItsTimeToLiveEvenWhenItsRefreshHasNotRun() {
        ManualExecutor background = new ManualExecutor();
        TtlCache<String, Integer> cache = new TtlCache<>(1000, background, key -> { }, nanos::get);
        cache.get("a", k -> loads.incrementAndGet());
        nanos.addAndGet(600 * MS);
        cache.get("a", k -> loads.incrementAndGet());
        nanos.addAndGet(500 * MS);

        assertEquals(2, cache.get("a", k -> loads.incrementAndGet()), "expired: loaded on the reader");
    }

    @Test
    void anEvictionWinsOverARefreshThatStartedBeforeIt() {
        ManualExecutor background = new ManualExecutor();
        TtlCache<String, String> cache = new TtlCache<>(1000, background, key -> { }, nanos::get);
        cache.get("member", k -> "active");
        nanos.addAndGet(600 * MS);
        cache.get("member", k -> {
            // the refresh reads the old state; the owner blocks the member and evicts while it runs
            cache.evict("member");
            return "active";
        });
        background.runAll();

        assertEquals("blocked", cache.get("member", k -> "blocked"), "the stale refresh was not remembered");
    }

    @Test
    void aFailedRefreshKeepsTheEntryUntilItExpiresAndLetsALaterRefreshTry() {
        ManualExecutor background = new ManualExecutor();
        TtlCache<String, Integer> cache = new TtlCache<>(1000, background, key -> { }, nanos::get);
        cache.get("a", k -> loads.incrementAndGet());
        nanos.addAndGet(600 * MS);
        cache.get("a", k -> {
            throw new IllegalStateException("database down");
        });
        background.runAll();
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()), "still served");
        background.runAll();
        assertEquals(2, cache.get("a", k -> loads.incrementAndGet()), "a later refresh was queued and loaded");
    }
}

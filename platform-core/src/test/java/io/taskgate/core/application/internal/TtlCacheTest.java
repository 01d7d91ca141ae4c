package io.taskgate.core.application.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TtlCacheTest {

    @Test
    void reloadsAfterTheTimeToLiveAndAfterEviction() {
        AtomicLong nanos = new AtomicLong();
        AtomicInteger loads = new AtomicInteger();
        TtlCache<String, Integer> cache = new TtlCache<>(1000, nanos::get);
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()));
        nanos.addAndGet(999_000_000L);
        assertEquals(1, cache.get("a", k -> loads.incrementAndGet()), "still fresh");
        nanos.addAndGet(2_000_000L);
        assertEquals(2, cache.get("a", k -> loads.incrementAndGet()), "expired");
        cache.evict("a");
        assertEquals(3, cache.get("a", k -> loads.incrementAndGet()), "evicted");
    }
}

package io.taskgate.core.application.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** A small read-through cache whose entries (misses included) are reloaded after a time to live. */
public final class TtlCache<K, V> {

    private static final int MAX_ENTRIES = 50_000;

    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, long loadedAt) {
    }

    public TtlCache(long ttlMillis) {
        this(ttlMillis, System::nanoTime);
    }

    TtlCache(long ttlMillis, LongSupplier nanoClock) {
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.nanoClock = nanoClock;
    }

    public V get(K key, Function<K, V> loader) {
        long now = nanoClock.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() > ttlNanos) {
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry<>(loader.apply(key), now);
            entries.put(key, entry);
        }
        return entry.value();
    }

    /** Forgets one key, so the next read loads it; the instance that changed a record calls this. */
    public void evict(K key) {
        entries.remove(key);
    }
}

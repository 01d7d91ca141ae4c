package io.taskgate.core.application.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small read-through cache whose entries (misses included) are never served older than the time to live.
 * With a refresher, an entry past half its life is reloaded in the background while readers keep getting it,
 * so a steadily used key is never loaded on a request thread. An eviction wins over every load that started
 * before it: such a load's value is served to its own caller but never remembered.
 */
public final class TtlCache<K, V> implements io.taskgate.core.application.Cache<K, V> {

    private static final Logger LOG = Logger.getLogger(TtlCache.class.getName());
    private static final int MAX_ENTRIES = 50_000;

    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Executor refresher;
    private final Consumer<? super K> onEvict;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<K, Boolean> refreshing = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    private record Entry<V>(V value, long loadedAt) {
    }

    /** A cache that loads on the reader's thread only. */
    public TtlCache(long ttlMillis) {
        this(ttlMillis, null, key -> { }, System::nanoTime);
    }

    /**
     * A cache that refreshes entries past half their life on {@code refresher} (none when null) and tells
     * {@code onEvict} of every key it is asked to forget.
     */
    public TtlCache(long ttlMillis, Executor refresher, Consumer<? super K> onEvict) {
        this(ttlMillis, refresher, onEvict, System::nanoTime);
    }

    TtlCache(long ttlMillis, Executor refresher, Consumer<? super K> onEvict, LongSupplier nanoClock) {
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.refresher = refresher;
        this.onEvict = onEvict;
        this.nanoClock = nanoClock;
    }

    @Override
    public V get(K key, Function<K, V> loader) {
        long now = nanoClock.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() <= ttlNanos) {
            if (refresher != null && now - entry.loadedAt() > ttlNanos / 2) {
                refreshInBackground(key, loader);
            }
            return entry.value();
        }
        return load(key, loader, now);
    }

    /** Forgets one key, so the next read loads it; the instance that changed a record calls this. */
    @Override
    public void evict(K key) {
        evictions.incrementAndGet();
        entries.remove(key);
        onEvict.accept(key);
    }

    /** Forgets everything (a record changed somewhere, see {@link CacheCoherence}); loads under way are not kept. */
    @Override
    public void clear() {
        evictions.incrementAndGet();
        entries.clear();
    }

    private V load(K key, Function<K, V> loader, long startedAt) {
        long generation = evictions.get();
        V value = loader.apply(key);
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        Entry<V> loaded = new Entry<>(value, startedAt);
        entries.compute(key, (k, old) -> evictions.get() != generation ? old
                : old != null && old.loadedAt() > startedAt ? old : loaded);
        return value;
    }

    private void refreshInBackground(K key, Function<K, V> loader) {
        if (refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    load(key, loader, nanoClock.getAsLong());
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Background refresh of a cache entry failed; the next expiry loads it", e);
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            refreshing.remove(key);
        }
    }
}

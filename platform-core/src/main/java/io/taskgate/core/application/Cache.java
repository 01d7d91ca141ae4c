package io.taskgate.core.application;

import java.util.function.Function;

/**
 * Port: a request-path cache of looked-up rows. The default implementation is {@code internal.TtlCache} (entries
 * expire after a time to live); {@link Caches} makes the ones every instance clears on a change.
 */
public interface Cache<K, V> {

    /** The cached value, or what {@code loader} gives (then cached). */
    V get(K key, Function<K, V> loader);

    void evict(K key);

    void clear();
}

package io.taskgate.core.application;

/**
 * Port: the request path's caches, kept coherent across instances: a change recorded with {@link #changed} clears
 * the entry here at once and on every other instance within the poll interval (through {@link CacheChanges}). The
 * default implementation is {@code internal.CacheCoherence}.
 */
public interface Caches {

    /** A cache of {@code kind} whose entries live at most {@code ttlMillis} and are cleared on a change. */
    <K, V> Cache<K, V> newCache(String kind, long ttlMillis);

    /** Records that {@code key} of {@code kind} changed, so every instance drops it. */
    void changed(String kind, String key);
}

package io.taskgate.core.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The request path's caches in memory, without expiry: records which caches were made (kind and time to live),
 * every load (a miss that reached the loader) and every eviction, as "kind key".
 */
public final class RecordingCaches implements Caches {

    public final List<String> made = new ArrayList<>();
    public final List<String> loads = new ArrayList<>();
    public final List<String> evictions = new ArrayList<>();
    public final List<String> changes = new ArrayList<>();

    @Override
    public <K, V> Cache<K, V> newCache(String kind, long ttlMillis) {
        made.add(kind + " " + ttlMillis);
        return new Cache<>() {
            private final Map<K, V> entries = new HashMap<>();

            @Override
            public V get(K key, Function<K, V> loader) {
                if (entries.containsKey(key)) {
                    return entries.get(key);
                }
                loads.add(kind + " " + key);
                V value = loader.apply(key);
                entries.put(key, value);
                return value;
            }

            @Override
            public void evict(K key) {
                evictions.add(kind + " " + key);
                entries.remove(key);
            }

            @Override
            public void clear() {
                entries.clear();
            }
        };
    }

    @Override
    public void changed(String kind, String key) {
        changes.add(kind + " " + key);
    }
}

package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.spi.PluginConfig;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A plugin's settings, {@code gateway.<family>.<id>.<key>}, from MicroProfile Config, each read again at most once a
 * second ({@link #FRESH_NANOS}).
 *
 * <p>Plugins read some settings per request (the keyword rules' per-tenant action, on the request's thread). On Payara
 * Micro every lookup also asks its cluster config source, a Hazelcast map: two hand-offs to Hazelcast's threads and
 * back per lookup, even for a key that is not set. A value read within the last second is answered from here instead,
 * so a setting changed while the gateway runs applies within a second.
 */
final class MpPluginConfig implements PluginConfig {

    /** How long a value read (or found absent) is answered without asking MicroProfile Config again. */
    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Above this many keys the remembered values are all dropped (per-tenant keys of very many tenants). */
    static final int MAX_KEYS = 10_000;

    private record Read(Optional<String> value, long atNanos) {
    }

    private final Config config;
    private final String prefix;
    private final LongSupplier nanoTime;
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    MpPluginConfig(Config config, StageFamily family, String id) {
        this(config, family, id, System::nanoTime);
    }

    /** With another clock, for tests. */
    MpPluginConfig(Config config, StageFamily family, String id, LongSupplier nanoTime) {
        this.config = config;
        this.prefix = prefix(family, id);
        this.nanoTime = nanoTime;
    }

    static String prefix(StageFamily family, String id) {
        return "gateway." + family.configKey() + "." + id + ".";
    }

    @Override
    public Optional<String> get(String key) {
        return lookUp(prefix + key);
    }

    @Override
    public Optional<String> gateway(String key) {
        return lookUp(key);
    }

    private Optional<String> lookUp(String name) {
        long now = nanoTime.getAsLong();
        Read last = read.get(name);
        if (last != null && now - last.atNanos() < FRESH_NANOS) {
            return last.value();
        }
        Optional<String> value = config.getOptionalValue(name, String.class);
        if (read.size() >= MAX_KEYS) {
            read.clear();
        }
        read.put(name, new Read(value, now));
        return value;
    }
}

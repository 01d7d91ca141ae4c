package io.taskgate.core.application.internal;

import io.taskgate.core.application.CacheChanges;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the request-path caches of all instances in step. A change to a cached record is announced in the
 * database, in the changing transaction ({@link #changed}); every instance polls the announcements every
 * {@code gateway.cache.poll-ms} (default 250) and drops its caches when there is a new one. So caches can live
 * long ({@code gateway.cache.*-ttl-ms} is only the safety net) and still a block or a removed task reaches every
 * instance within the poll interval, and the instance that made the change at once (it evicts directly).
 */
@ApplicationScoped
public class CacheCoherence implements io.taskgate.core.application.Caches {

    private static final Logger LOG = Logger.getLogger(CacheCoherence.class.getName());
    private static final Duration KEEP = Duration.ofDays(1);

    /** The shared change log (the JDBC adapter: {@code CacheChangesProducer}). */
    @Inject
    Instance<CacheChanges> log;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CacheRefresher refresher;

    @Inject
    @ConfigProperty(name = "gateway.cache.poll-ms", defaultValue = "250")
    long pollMillis;

    Clock clock = Clock.systemUTC();

    private final List<Runnable> caches = new CopyOnWriteArrayList<>();
    private CacheChanges changes;
    private volatile CacheChanges.Stamp seen;
    private volatile long lastPurge;
    private ScheduledFuture<?> polling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object init) {
        polling = scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /**
     * A request-path cache of records of one {@code kind}: refreshed in the background, cleared when any instance
     * announces a change, and announcing a change itself whenever one of its keys is evicted.
     */
    @Override
    public <K, V> TtlCache<K, V> newCache(String kind, long ttlMillis) {
        TtlCache<K, V> cache = new TtlCache<>(ttlMillis, refresher, key -> changed(kind, String.valueOf(key)));
        register(cache::clear);
        return cache;
    }

    /** Registers a cache's clear action; every instance runs it when any cached record changed anywhere. */
    void register(Runnable clear) {
        caches.add(clear);
    }

    /** Announces that a cached record changed; joins the caller's transaction when there is one. */
    @Override
    public void changed(String kind, String key) {
        changes().record(kind, key, clock.instant());
    }

    /** One poll: drops every registered cache when the announcements changed since the last poll. */
    void poll() {
        try {
            CacheChanges.Stamp now = changes().stamp();
            CacheChanges.Stamp before = seen;
            seen = now;
            if (before != null && !before.equals(now)) {
                caches.forEach(Runnable::run);
            }
            purgeHourly();
        } catch (Exception e) {
            // the database is away or not migrated yet: the caches' time to live still bounds staleness
            LOG.log(Level.FINE, "Polling cache changes failed", e);
        }
    }

    private void purgeHourly() {
        long nowMillis = clock.millis();
        if (nowMillis - lastPurge > Duration.ofHours(1).toMillis()) {
            lastPurge = nowMillis;
            changes().purgeOlderThan(clock.instant().minus(KEEP));
        }
    }

    private CacheChanges changes() {
        if (changes == null) {
            changes = log.get();
        }
        return changes;
    }

    /** For tests: polls a given log instead of the container's. */
    void use(CacheChanges table) {
        this.changes = table;
    }
}

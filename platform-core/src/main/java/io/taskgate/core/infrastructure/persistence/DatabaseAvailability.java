package io.taskgate.core.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Whether the database answers, as a probe on the request path's pool sees it every half second (a one-second
 * deadline). While it does not, work that needs the database is refused at once ({@link #require()}) instead of
 * each request waiting out the driver's timeouts on a database that is frozen or gone; a failure seen by any
 * guarded repository probes again at once. Starts optimistic: nothing is refused before the first failed probe.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());
    static final Duration PROBE_DEADLINE = Duration.ofSeconds(1);
    static final long PROBE_EVERY_MS = 500;

    @Inject
    GatewayDatabase database;

    @Resource
    ManagedThreadFactory threads;

    /**
     * A thread of its own: the server's shared managed scheduler also runs work that blocks while the database is
     * frozen (the cache-change poll), and the probe must not wait behind it.
     */
    private java.util.concurrent.ScheduledThreadPoolExecutor scheduler;

    private volatile boolean available = true;
    private final AtomicBoolean probing = new AtomicBoolean();
    private ScheduledFuture<?> probes;

    @PostConstruct
    void start() {
        scheduler = new java.util.concurrent.ScheduledThreadPoolExecutor(1, threads);
        probes = scheduler.scheduleWithFixedDelay(this::probe, PROBE_EVERY_MS, PROBE_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    void eager(@Observes @Initialized(ApplicationScoped.class) Object init) {
        // created with the application, so the probe runs from the start
    }

    @PreDestroy
    void stop() {
        if (probes != null) {
            probes.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    public boolean available() {
        return available;
    }

    /** Throws {@link DatabaseUnavailableException} while the last probe failed. */
    public void require() {
        if (!available) {
            throw new DatabaseUnavailableException();
        }
    }

    /** A guarded call failed: find out now rather than at the next scheduled probe. */
    public void failed() {
        if (scheduler != null) {
            scheduler.execute(this::probe);
        }
    }

    void probe() {
        if (!probing.compareAndSet(false, true)) {
            return;
        }
        try {
            boolean up;
            try (Connection connection = database.connection(PROBE_DEADLINE)) {
                up = connection.isValid((int) PROBE_DEADLINE.toSeconds());
            } catch (Exception e) {
                up = false;
            }
            if (up != available) {
                LOG.warning(up ? "The database answers again" : "The database does not answer; requests that need it"
                        + " are refused with 503 until it does");
            }
            available = up;
        } finally {
            probing.set(false);
        }
    }

    /** For tests. */
    void set(boolean up) {
        available = up;
    }
}

package io.taskgate.core.infrastructure.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request path's own connection pool: quota counters, the usage ledger, the cache-change log and readiness.
 * It is sized by configuration, validates a connection before handing it out after it sat idle, replaces
 * connections a database restart closed, and puts a deadline on every step so that a database that is down or
 * frozen answers within a known time instead of hanging a request thread:
 * <ul>
 *   <li>{@code acquireTimeout}: the longest a caller waits for a connection (pool full, or the database not
 *   accepting new ones);</li>
 *   <li>{@link #connection(Duration)}: the socket deadline of one unit of work on the connection (JDBC network
 *   timeout; PostgreSQL then closes the connection and the pool replaces it).</li>
 * </ul>
 * The pool never fails the application's start when the database is away: it connects when it is back.
 *
 * <p>A second pool of {@value #HOUSEKEEPING_SIZE} connections ({@link #housekeeping}) serves the instance's own
 * background work, the quota heartbeat above all: requests that hold every request-path connection must not make
 * a live instance miss its heartbeat, or the other instances take it for stopped.
 */
public final class GatewayDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GatewayDatabase.class.getName());

    /** How to reach the database and how large and patient the pool is. */
    public record Settings(String dataSourceClass, String url, String user, String password, int maxSize,
                           Duration acquireTimeout, Duration connectTimeout) {
        public Settings {
            if (maxSize < 1) {
                throw new IllegalArgumentException("taskgate.db.pool.max-size must be at least 1, was " + maxSize);
            }
            if (acquireTimeout.toMillis() < 250) {
                throw new IllegalArgumentException("taskgate.db.pool.acquire-timeout-ms must be at least 250");
            }
        }

        boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    static final int HOUSEKEEPING_SIZE = 2;

    private final HikariDataSource pool;
    private final HikariDataSource housekeepingPool;
    private final ExecutorService timeouts = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "taskgate-db-timeouts");
        t.setDaemon(true);
        return t;
    });

    public GatewayDatabase(Settings settings) {
        this.pool = new HikariDataSource(poolConfig(settings, "taskgate-request-path", settings.maxSize()));
        this.housekeepingPool = new HikariDataSource(poolConfig(settings, "taskgate-housekeeping", HOUSEKEEPING_SIZE));
    }

    private static HikariConfig poolConfig(Settings settings, String name, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSourceClassName(settings.dataSourceClass());
        config.addDataSourceProperty("url", settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        if (settings.postgres()) {
            long connectSeconds = Math.max(1, (settings.connectTimeout().toMillis() + 999) / 1000);
            config.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
            config.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
            config.addDataSourceProperty("tcpKeepAlive", "true");
        }
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(Math.min(2, maxSize));
        config.setConnectionTimeout(settings.acquireTimeout().toMillis());
        config.setValidationTimeout(Math.max(250, Math.min(1000, settings.acquireTimeout().toMillis() - 1)));
        config.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
        config.setMaxLifetime(Duration.ofMinutes(15).toMillis());
        config.setIdleTimeout(Duration.ofMinutes(5).toMillis());
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        return config;
    }

    /**
     * A connection whose socket operations give up after {@code deadline}; close it to give it back. Throws when
     * no connection could be had within the pool's acquire timeout.
     */
    public Connection connection(Duration deadline) throws SQLException {
        return withDeadline(pool.getConnection(), deadline);
    }

    private Connection withDeadline(Connection connection, Duration deadline) throws SQLException {
        try {
            connection.setNetworkTimeout(timeouts, (int) Math.min(Integer.MAX_VALUE, deadline.toMillis()));
        } catch (SQLFeatureNotSupportedException | AbstractMethodError e) {
            // an embedded database (H2) has no socket to time out
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * The pool as a data source whose every connection carries {@code deadline} as its socket deadline, for code
     * written against {@link javax.sql.DataSource}.
     */
    public javax.sql.DataSource withDeadline(Duration deadline) {
        return new DeadlineDataSource(this::connection, deadline);
    }

    /** The housekeeping pool as a data source with {@code deadline} on its connections' sockets. */
    public javax.sql.DataSource housekeeping(Duration deadline) {
        return new DeadlineDataSource(d -> withDeadline(housekeepingPool.getConnection(), d), deadline);
    }

    /** Connections in use and in all, for health and metrics. */
    public PoolState state() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return new PoolState(0, 0, 0, pool.getMaximumPoolSize());
        }
        return new PoolState(bean.getActiveConnections(), bean.getTotalConnections(), bean.getThreadsAwaitingConnection(),
                pool.getMaximumPoolSize());
    }

    /** A snapshot of the pool. */
    public record PoolState(int active, int total, int waiting, int max) {
    }

    Executor timeoutExecutor() {
        return timeouts;
    }

    @Override
    public void close() {
        for (HikariDataSource each : new HikariDataSource[]{pool, housekeepingPool}) {
            try {
                each.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing " + each.getPoolName(), e);
            }
        }
        timeouts.shutdownNow();
    }
}

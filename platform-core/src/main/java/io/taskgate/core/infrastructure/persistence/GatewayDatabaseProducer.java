package io.taskgate.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;

/**
 * Builds the request path's {@link GatewayDatabase} from MicroProfile Config: the same {@code taskgate.db.*} keys
 * as the application's data source, plus {@code taskgate.db.pool.max-size} (default 16),
 * {@code taskgate.db.pool.acquire-timeout-ms} (default 1500) and {@code taskgate.db.connect-timeout-ms}
 * (default 3000). Each instance opens at most {@code max-size} connections here, {@value GatewayDatabase#HOUSEKEEPING_SIZE}
 * for its housekeeping (the quota heartbeat) and
 * {@link TaskgateDataSource#MAX_POOL_SIZE} for the administration's JPA work.
 */
@ApplicationScoped
public class GatewayDatabaseProducer {

    static final int DEFAULT_MAX_SIZE = 16;

    @Produces
    @Singleton
    GatewayDatabase database(Config config) {
        return new GatewayDatabase(settings(config));
    }

    void close(@Disposes GatewayDatabase database) {
        database.close();
    }

    static GatewayDatabase.Settings settings(Config config) {
        return new GatewayDatabase.Settings(
                config.getOptionalValue("taskgate.db.datasource-class", String.class).orElse("org.h2.jdbcx.JdbcDataSource"),
                config.getOptionalValue("taskgate.db.url", String.class)
                        .orElse("jdbc:h2:file:./taskgate-data/taskgate;DB_CLOSE_ON_EXIT=FALSE"),
                config.getOptionalValue("taskgate.db.user", String.class).orElse("taskgate"),
                config.getOptionalValue("taskgate.db.password", String.class).orElse("taskgate"),
                config.getOptionalValue("taskgate.db.pool.max-size", Integer.class).orElse(DEFAULT_MAX_SIZE),
                Duration.ofMillis(config.getOptionalValue("taskgate.db.pool.acquire-timeout-ms", Long.class).orElse(1500L)),
                Duration.ofMillis(config.getOptionalValue("taskgate.db.connect-timeout-ms", Long.class).orElse(3000L)));
    }
}

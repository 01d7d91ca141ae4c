package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.CacheChanges;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * The {@link CacheChanges} adapter on the application's JTA data source, so an announcement joins the transaction
 * that made the change.
 */
@ApplicationScoped
public class CacheChangesProducer {

    @Resource(lookup = "java:app/jdbc/taskgate")
    DataSource dataSource;

    @Produces
    @Singleton
    CacheChanges changes() {
        return new JdbcCacheChanges(dataSource);
    }
}

package io.taskgate.core.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with Liquibase when the application starts, before it serves requests.
 * Demo tenants and tasks (context {@code demo}) are loaded when {@code taskgate.demo-data} is true.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";

    @Resource(lookup = "java:app/jdbc/taskgate")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "taskgate.demo-data", defaultValue = "true")
    boolean demoData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) throws Exception {
        long start = System.nanoTime();
        migrate(dataSource, demoData ? "demo" : "production");
        LOG.info(() -> "Database schema up to date in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Runs the changelog's changesets of these Liquibase contexts that {@code dataSource} lacks. */
    static void migrate(DataSource dataSource, String contexts) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader())), () ->
                    new CommandScope("update")
                            .addArgumentValue("database", database)
                            .addArgumentValue("changelogFile", CHANGELOG)
                            .addArgumentValue("contexts", contexts)
                            .execute());
        }
    }
}

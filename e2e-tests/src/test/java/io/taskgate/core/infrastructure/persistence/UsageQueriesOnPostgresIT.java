package io.taskgate.core.infrastructure.persistence;

import io.taskgate.devstack.PostgresServer;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The usage-pattern look's queries on PostgreSQL: a database of their own on the suite's server (the gateways'
 * database stays untouched), migrated by the gateway's changelog. In the contract's package, to reach the queries'
 * entity manager.
 */
@ExtendWith(StackExtension.class)
class UsageQueriesOnPostgresIT extends UsageQueriesContract {

    @Override
    protected DataSource migratedDatabase() {
        PostgresServer postgres = TestStack.current().postgres();
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(postgres.createDatabase("usage_queries"));
        database.setUser(postgres.user());
        database.setPassword(postgres.password());
        try {
            SchemaMigration.migrate(database, "production");
        } catch (Exception e) {
            throw new IllegalStateException("The usage_queries database could not be migrated", e);
        }
        return database;
    }
}

package io.taskgate.core.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's database, from MicroProfile Config: {@code taskgate.db.url} ({@code TASKGATE_DB_URL}),
 * {@code .user}, {@code .password} and {@code .datasource-class}. H2 file database by default; PostgreSQL with
 * {@code org.postgresql.ds.PGSimpleDataSource} and a {@code jdbc:postgresql:} URL.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/taskgate",
        className = "${MPCONFIG=taskgate.db.datasource-class}",
        url = "${MPCONFIG=taskgate.db.url}",
        user = "${MPCONFIG=taskgate.db.user}",
        password = "${MPCONFIG=taskgate.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64)
@ApplicationScoped
public class TaskgateDataSource {
}

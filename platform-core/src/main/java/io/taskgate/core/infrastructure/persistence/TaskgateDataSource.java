package io.taskgate.core.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's database, from MicroProfile Config: {@code taskgate.db.url} ({@code TASKGATE_DB_URL}),
 * {@code .user}, {@code .password} and {@code .datasource-class}, read before the application's own config
 * file is visible, hence the defaults here. H2 file database by default; PostgreSQL with
 * {@code org.postgresql.ds.PGSimpleDataSource} and a {@code jdbc:postgresql:} URL.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/taskgate",
        className = "${MPCONFIG=taskgate.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=taskgate.db.url:jdbc:h2:file:./taskgate-data/taskgate;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=taskgate.db.user:taskgate}",
        password = "${MPCONFIG=taskgate.db.password:taskgate}",
        minPoolSize = 2,
        maxPoolSize = 64)
@ApplicationScoped
public class TaskgateDataSource {
}

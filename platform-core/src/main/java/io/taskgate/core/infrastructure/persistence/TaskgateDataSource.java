package io.taskgate.core.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application server's data source, used by JPA (administration, directories behind the request-path caches)
 * and Liquibase. From MicroProfile Config: {@code taskgate.db.url} ({@code TASKGATE_DB_URL}), {@code .user},
 * {@code .password} and {@code .datasource-class}, read before the application's own config file is visible,
 * hence the defaults here. H2 file database by default; PostgreSQL with
 * {@code org.postgresql.ds.PGSimpleDataSource} and a {@code jdbc:postgresql:} URL.
 *
 * <p>A small pool ({@value #MAX_POOL_SIZE}): the hot path has its own, sized by configuration
 * ({@link GatewayDatabase}). Connections are validated ({@code Connection.isValid}) before use, a failed one
 * makes the pool drop all of its connections (a database restart closes them all), and a caller waits at most
 * {@value #MAX_WAIT_MILLIS} ms for one. A PostgreSQL URL should carry {@code connectTimeout} and
 * {@code socketTimeout} (seconds) so that a frozen database cannot hold a thread forever; the demo, the tests
 * and the Docker image set them (see docs/operations.md).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/taskgate",
        className = "${MPCONFIG=taskgate.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=taskgate.db.url:jdbc:h2:file:./taskgate-data/taskgate;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=taskgate.db.user:taskgate}",
        password = "${MPCONFIG=taskgate.db.password:taskgate}",
        minPoolSize = 1,
        maxPoolSize = TaskgateDataSource.MAX_POOL_SIZE,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=" + TaskgateDataSource.MAX_WAIT_MILLIS,
                "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class TaskgateDataSource {

    public static final int MAX_POOL_SIZE = 10;
    public static final int MAX_WAIT_MILLIS = 2000;
}

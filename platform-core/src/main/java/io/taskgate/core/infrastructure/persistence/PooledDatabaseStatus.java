package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.time.Duration;

/** {@link DatabaseStatus} from the request path's pool ({@link GatewayDatabase}) and its probe ({@link DatabaseAvailability}). */
@ApplicationScoped
public class PooledDatabaseStatus implements DatabaseStatus {

    @Inject
    GatewayDatabase database;

    @Inject
    DatabaseAvailability availability;

    @Override
    public Pool pool() {
        GatewayDatabase.PoolState state = database.state();
        return new Pool(state.active(), state.total(), state.waiting(), state.max());
    }

    @Override
    public boolean available() {
        return availability.available();
    }

    @Override
    public Check check(Duration deadline) {
        try (Connection connection = database.connection(deadline)) {
            return new Check(connection.isValid((int) Math.max(1, deadline.toSeconds())),
                    connection.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            return new Check(false, e.getClass().getSimpleName());
        }
    }
}

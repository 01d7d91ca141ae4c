package io.taskgate.core.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A view of one of {@link GatewayDatabase}'s pools whose connections give up on the socket after a fixed deadline. */
final class DeadlineDataSource implements DataSource {

    /** Hands out a pooled connection with the given socket deadline. */
    @FunctionalInterface
    interface Connections {
        Connection open(Duration deadline) throws SQLException;
    }

    private final Connections connections;
    private final Duration deadline;

    DeadlineDataSource(Connections connections, Duration deadline) {
        this.connections = connections;
        this.deadline = deadline;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connections.open(deadline);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The request-path pool has one set of credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the pool's acquire timeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

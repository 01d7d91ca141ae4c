package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.UsageRowsRefused;

import java.sql.SQLException;

/** Reads a refused batch's SQL state into the application's {@link UsageRowsRefused}. */
final class UsageWriteException {

    private UsageWriteException() {
    }

    /**
     * The refusal of {@code rows} rows: a row problem for SQL state class 22 (data exception) or 23 (integrity
     * constraint), a duplicate for 23505, else the database being away.
     */
    static UsageRowsRefused refused(int rows, SQLException cause) {
        String state = firstState(cause);
        boolean rowProblem = state != null && (state.startsWith("22") || state.startsWith("23"));
        return new UsageRowsRefused("The database refused " + rows + " usage rows: " + cause.getMessage(), cause,
                rowProblem, "23505".equals(state));
    }

    private static String firstState(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null) {
                return x.getSQLState();
            }
        }
        Throwable cause = e.getCause();
        return cause instanceof SQLException s ? s.getSQLState() : null;
    }
}

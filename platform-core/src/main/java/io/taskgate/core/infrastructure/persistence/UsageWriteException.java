package io.taskgate.core.infrastructure.persistence;

import java.sql.SQLException;

/** The database did not take a batch of ledger rows. */
public final class UsageWriteException extends RuntimeException {

    private final String sqlState;

    public UsageWriteException(int rows, SQLException cause) {
        super("The database refused " + rows + " usage rows: " + cause.getMessage(), cause);
        this.sqlState = firstState(cause);
    }

    /**
     * Whether the rows themselves are the problem (SQL state class 22, data exception, or 23, integrity
     * constraint) rather than the database being away; such a batch is written row by row to find the culprit.
     */
    public boolean rowProblem() {
        return sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"));
    }

    /** A duplicate key: the row is in the database already (written before a lost acknowledgement). */
    public boolean duplicate() {
        return "23505".equals(sqlState);
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

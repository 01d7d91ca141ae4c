package io.taskgate.core.application;

/** The database did not take a batch of usage ledger rows ({@link UsageRowWriter}). */
public final class UsageRowsRefused extends RuntimeException {

    private final boolean rowProblem;
    private final boolean duplicate;

    public UsageRowsRefused(String message, Throwable cause, boolean rowProblem, boolean duplicate) {
        super(message, cause);
        this.rowProblem = rowProblem;
        this.duplicate = duplicate;
    }

    /**
     * Whether the rows themselves are the problem (a data or integrity error) rather than the database being away;
     * such a batch is written row by row to find the culprit.
     */
    public boolean rowProblem() {
        return rowProblem;
    }

    /** A duplicate key: the row is in the database already (written before a lost acknowledgement). */
    public boolean duplicate() {
        return duplicate;
    }
}

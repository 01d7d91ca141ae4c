package io.taskgate.core.application;

import java.time.Duration;

/**
 * Port: what the request path, readiness and metrics know of the request path's database (its pool and whether it
 * answers). The adapter is {@code infrastructure.persistence.PooledDatabaseStatus}.
 */
public interface DatabaseStatus {

    /** Connections in use, open, waited for, and the most the pool opens. */
    record Pool(int active, int total, int waiting, int max) {
    }

    /** What a check of the database found: whether it answered, and its product name or the error's kind. */
    record Check(boolean up, String detail) {
    }

    /** The pool now. */
    Pool pool();

    /**
     * The last probe's verdict, without touching the database: false while it is known to be away, so requests are
     * refused at once instead of waiting on it.
     */
    boolean available();

    /** Asks the database now, waiting at most {@code deadline}. */
    Check check(Duration deadline);
}

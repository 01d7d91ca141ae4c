package io.taskgate.core.infrastructure.persistence;

import jakarta.persistence.PersistenceException;

/** The database did not answer its last probe; the call was not tried. */
public final class DatabaseUnavailableException extends PersistenceException {

    public DatabaseUnavailableException() {
        super("The database does not answer right now");
    }
}

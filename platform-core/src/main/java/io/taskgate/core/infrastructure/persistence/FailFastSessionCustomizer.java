package io.taskgate.core.infrastructure.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * On a broken connection EclipseLink retries a query three times, five seconds apart, by default: with the database
 * down, a request waited ten seconds before it could be answered 503. The application server's pool validates
 * connections and drops them all after a failure, and a request that fails is answered 503 at once: no retry.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    static final int RETRIES = 0;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}

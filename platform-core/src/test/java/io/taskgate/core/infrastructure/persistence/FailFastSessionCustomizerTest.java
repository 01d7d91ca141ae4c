package io.taskgate.core.infrastructure.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailFastSessionCustomizerTest {

    @Test
    void aBrokenConnectionFailsTheQueryAtOnceInsteadOfThreeRetriesFiveSecondsApart() {
        DatabaseLogin login = new DatabaseLogin();
        Session session = new Project(login).createDatabaseSession();
        assertEquals(5000, login.getDelayBetweenConnectionAttempts(), "EclipseLink's default");

        new FailFastSessionCustomizer().customize(session);

        assertEquals(0, login.getQueryRetryAttemptCount());
        assertEquals(0, login.getDelayBetweenConnectionAttempts());
    }
}

package io.taskgate.core.infrastructure.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseAvailabilityTest {

    private GatewayDatabase database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private DatabaseAvailability probing(String dataSourceClass, String url, Duration timeout) {
        database = new GatewayDatabase(new GatewayDatabase.Settings(dataSourceClass, url, "taskgate", "taskgate", 2,
                timeout, timeout));
        DatabaseAvailability availability = new DatabaseAvailability();
        availability.database = database;
        return availability;
    }

    @Test
    void aDatabaseThatAnswersIsAvailable() {
        DatabaseAvailability availability = probing("org.h2.jdbcx.JdbcDataSource",
                "jdbc:h2:mem:avail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                Duration.ofSeconds(10)); // generous: a busy build machine must not make a database that answers look away
        availability.probe();
        assertTrue(availability.available());
        availability.require();
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsRefusedAtOnceUntilItAnswersAgain() {
        DatabaseAvailability availability = probing("org.postgresql.ds.PGSimpleDataSource",
                "jdbc:postgresql://127.0.0.1:1/nothing-listens-here", Duration.ofMillis(500));
        availability.probe();
        assertFalse(availability.available());
        assertThrows(DatabaseUnavailableException.class, availability::require, "refused from the probe's verdict");
    }

    @Test
    void theGuardDoesNotCallARepositoryWhileTheDatabaseIsAway() throws Exception {
        DatabaseAvailabilityInterceptor guard = new DatabaseAvailabilityInterceptor();
        guard.availability = new DatabaseAvailability();
        guard.availability.set(false);
        AtomicBoolean called = new AtomicBoolean();
        assertThrows(DatabaseUnavailableException.class, () -> guard.guard(new FakeInvocation(() -> {
            called.set(true);
            return null;
        })));
        assertFalse(called.get());
    }

    /** Just enough of an invocation for the guard. */
    record FakeInvocation(java.util.concurrent.Callable<Object> target) implements jakarta.interceptor.InvocationContext {
        @Override public Object getTarget() { return null; }
        @Override public Object getTimer() { return null; }
        @Override public java.lang.reflect.Method getMethod() { return null; }
        @Override public java.lang.reflect.Constructor<?> getConstructor() { return null; }
        @Override public Object[] getParameters() { return new Object[0]; }
        @Override public void setParameters(Object[] params) { }
        @Override public java.util.Map<String, Object> getContextData() { return java.util.Map.of(); }
        @Override public Object proceed() throws Exception { return target.call(); }
    }
}

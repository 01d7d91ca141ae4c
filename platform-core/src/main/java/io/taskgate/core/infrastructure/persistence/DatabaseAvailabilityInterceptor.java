package io.taskgate.core.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;

/**
 * Refuses a repository call at once while the database does not answer, and asks for a fresh probe when a call
 * fails in the persistence layer. Runs outside the transaction interceptor, so a refused call opens none.
 */
@GuardedByDatabaseAvailability
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DatabaseAvailabilityInterceptor {

    @Inject
    DatabaseAvailability availability;

    @AroundInvoke
    Object guard(InvocationContext call) throws Exception {
        availability.require();
        try {
            return call.proceed();
        } catch (PersistenceException e) {
            if (!(e instanceof jakarta.persistence.NoResultException)
                    && !(e instanceof jakarta.persistence.NonUniqueResultException)
                    && !(e instanceof jakarta.persistence.EntityExistsException)
                    && !(e instanceof jakarta.persistence.OptimisticLockException)) {
                availability.failed();
            }
            throw e;
        }
    }
}

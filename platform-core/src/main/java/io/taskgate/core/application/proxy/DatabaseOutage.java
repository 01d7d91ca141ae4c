package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Refusal;

import java.sql.SQLException;

/**
 * Recognises a failure whose cause is the database being away (a JDBC or JPA exception anywhere in the cause
 * chain) and answers it the way both surfaces do: 503 in OpenAI JSON with {@code Retry-After}, never a 500 page.
 */
public final class DatabaseOutage {

    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.persistence.") || name.startsWith("org.eclipse.persistence.")
                    || name.startsWith("jakarta.transaction.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static Refusal refusal() {
        return Refusal.of(503, "service_unavailable", "The gateway cannot reach its database right now, so it does not"
                        + " forward the request. Try again in a few seconds.")
                .withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
}

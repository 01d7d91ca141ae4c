package io.taskgate.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.awaitility.Awaitility.await;

/**
 * Waiting for what the gateway does after an answer (the detectors beside the call, the ledger row, settlement),
 * with Awaitility: polls until a condition holds or the time is up, and a failure names what was awaited and the last
 * value read.
 */
public final class Polling {

    private static final Duration EVERY = Duration.ofMillis(200);

    private Polling() {
    }

    /** Reads {@code read} every 200 ms until {@code done} holds for what it returned, and returns that. */
    public static <T> T until(String what, Duration atMost, Callable<T> read, Predicate<? super T> done) {
        return await(what).atMost(atMost).pollInterval(EVERY).pollDelay(Duration.ZERO).until(read, holds(what, done));
    }

    /** The first {@code present} value {@code read} returns within {@code atMost}. */
    public static <T> T untilPresent(String what, Duration atMost, Callable<Optional<T>> read) {
        return until(what, atMost, read, Optional::isPresent).orElseThrow();
    }

    /**
     * Reads until {@code done} holds or {@code atMost} has passed, and returns the last value read: for a wait whose
     * end the caller asserts itself, with its own message.
     */
    public static <T> T lastWithin(Duration atMost, Callable<T> read, Predicate<? super T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return until("condition", atMost, () -> {
                T value = read.call();
                last.set(value);
                return value;
            }, done);
        } catch (ConditionTimeoutException e) {
            return last.get();
        }
    }

    /**
     * The review's evidence of one request of {@code member} from detector {@code source}, once the request is scored
     * (the detectors beside the upstream call may still run when the answer arrives).
     */
    public static JsonNode signalOf(AdminApi owner, String tenant, String member, String requestId, String source,
                                    Duration atMost) {
        return untilPresent("the " + source + " signal of request " + requestId + " of " + member, atMost, () -> {
            for (JsonNode e : expect(200, owner.get("/api/tenants/" + tenant + "/review/" + member)).path("evidence")) {
                if (e.path("requestId").asText().equals(requestId) && e.path("source").asText().equals(source)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        });
    }

    private static <T> Matcher<T> holds(String what, Predicate<? super T> done) {
        return new CustomTypeSafeMatcher<>(what) {
            @Override
            protected boolean matchesSafely(T item) {
                return done.test(item);
            }
        };
    }
}

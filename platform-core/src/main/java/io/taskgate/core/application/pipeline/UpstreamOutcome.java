package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Refusal;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/** What the intercepted upstream call produced: a refusal, a complete answer, or an open stream. */
public sealed interface UpstreamOutcome {

    /** A stage refused before the upstream was called. */
    record Refused(Refusal refusal) implements UpstreamOutcome {
    }

    /**
     * A complete answer: the upstream's own (success or passed-on error) or the gateway's error for an
     * upstream failure. {@code refusalCode} is null for a success.
     */
    record Answered(int status, Map<String, String> headers, byte[] body, String refusalCode) implements UpstreamOutcome {
        public Answered {
            headers = Map.copyOf(headers);
        }
    }

    /** An upstream stream, open and answered with 200; the core relays it, then calls {@link #relayed()}. */
    final class Streaming implements UpstreamOutcome {
        private final InputStream body;
        private volatile Runnable afterRelay = () -> { };
        private volatile Runnable afterFirstEvent = () -> { };
        private final java.util.concurrent.atomic.AtomicBoolean firstEventSent = new java.util.concurrent.atomic.AtomicBoolean();

        public Streaming(InputStream body) {
            this.body = Objects.requireNonNull(body);
        }

        public InputStream body() {
            return body;
        }

        /** Registers what must run once the stream has been relayed (the after-call stages). */
        public void afterRelay(Runnable action) {
            this.afterRelay = action;
        }

        public void relayed() {
            afterRelay.run();
        }

        /** Registers what must run once the stream's first event has reached the client (the detectors beside it). */
        public void afterFirstEvent(Runnable action) {
            this.afterFirstEvent = action;
        }

        /**
         * The first event reached the client, or the relay ended without one; runs the registered action once, on the
         * first call.
         */
        public void firstEventSent() {
            if (firstEventSent.compareAndSet(false, true)) {
                afterFirstEvent.run();
            }
        }
    }
}

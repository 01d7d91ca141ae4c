package io.taskgate.core.application.upstream;

import java.io.InputStream;
import java.util.Objects;

/** What the upstream's HTTP exchange gave: a whole answer, an open stream, or no answer at all. */
public sealed interface UpstreamReply {

    /** A whole answer, whatever its status; {@code contentType} and {@code retryAfter} may be null. */
    record Complete(int status, String contentType, String retryAfter, byte[] body) implements UpstreamReply {
        public Complete {
            body = body == null ? new byte[0] : body;
        }
    }

    /** A stream answered with 200, open: its events are read from {@code events} as the upstream sends them. */
    record Opened(InputStream events) implements UpstreamReply {
        public Opened {
            Objects.requireNonNull(events, "events");
        }
    }

    /** The call failed before any answer: the upstream could not be reached, or did not answer in time. */
    record Unanswered(boolean timedOut) implements UpstreamReply {
    }
}

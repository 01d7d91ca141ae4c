package io.taskgate.core.application.proxy;

import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.pipeline.UpstreamOutcome;

import java.util.Map;
import java.util.Objects;

/** What the use case gives transport to write: a whole answer, or a stream to relay. */
public sealed interface ProxyResult {

    Map<String, String> headers();

    /** A whole answer: a refusal, the upstream's answer or error, or the gateway's error for a failed call. */
    record Answer(int status, Map<String, String> headers, byte[] body) implements ProxyResult {
        public Answer {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * An upstream stream, open, for transport to relay; it ends in {@link ExchangeFinish#streamed}.
     * {@code hideUsage}: the usage chunk was asked for by the gateway, not the client, and is not passed on.
     */
    record Stream(ProxyExchange exchange, Map<String, String> headers, UpstreamOutcome.Streaming upstream,
                  boolean hideUsage) implements ProxyResult {
        public Stream {
            Objects.requireNonNull(exchange, "exchange");
            headers = Map.copyOf(headers);
            Objects.requireNonNull(upstream, "upstream");
        }
    }
}

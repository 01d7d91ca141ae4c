package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.ledger.ExchangeLedger;
import io.taskgate.core.application.streaming.SseRelay;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;

/**
 * How every proxy call ends: in exactly one ledger row, written here and nowhere else. A call refused before an
 * exchange existed ({@link #refusedEarly}), an exchange refused by a stage or answered whole ({@link #answered}),
 * and a stream once transport has relayed it or could not start it ({@link #streamed}).
 */
@Dependent
public class ExchangeFinish {

    private final ExchangeLedger ledger;

    @Inject
    public ExchangeFinish(ExchangeLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** A call refused before the pipeline (credentials, task, body): whatever is known is kept. */
    public void refusedEarly(String requestId, Endpoint endpoint, Instant receivedAt, long startNanos, Caller caller,
                             TaskInfo task, String model, int status, String code) {
        ledger.refusedEarly(requestId, endpoint, receivedAt, startNanos, caller, task, model, null, status, code);
    }

    /** An exchange a stage refused, or whose whole answer (or failure) was settled, with what it settled. */
    public void answered(ProxyExchange exchange, int status, String code, Usage usage) {
        ledger.completed(exchange, status, code, usage);
    }

    /**
     * A stream transport relayed (or could not start): its usage is the upstream's own usage chunk if it came,
     * else an estimate (prompt tokens from the prompt's length, one completion token per content chunk received,
     * marked as estimated); the after-call stages run, then the row is written with {@code status} and
     * {@code code} (200 and null when it completed).
     */
    public void streamed(ProxyResult.Stream stream, SseRelay relay, int status, String code) {
        ProxyExchange exchange = stream.exchange();
        closeQuietly(stream.upstream().body());
        SseRelay.RelayResult seen = relay.result();
        Usage usage = seen.usage() != null ? seen.usage()
                : new Usage(UpstreamAnswerReader.estimateTokens(exchange.promptText()), seen.contentChunks(), true);
        relay.intentLabel().ifPresent(label -> exchange.annotate("intent", label));
        exchange.upstreamCompleted(200, seen.text(), usage);
        stream.upstream().relayed();
        ledger.completed(exchange, status, code, usage);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}

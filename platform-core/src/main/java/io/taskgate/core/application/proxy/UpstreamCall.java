package io.taskgate.core.application.proxy;

import io.taskgate.core.application.ExchangeAttributes;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.intent.PlainAnswers;
import io.taskgate.core.application.intent.ResponseAnswers;
import io.taskgate.core.application.ProxyMetrics;
import io.taskgate.core.application.pipeline.ProxyPipeline;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.application.upstream.Upstream;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;
import io.taskgate.core.application.upstream.UpstreamErrors;
import io.taskgate.core.application.upstream.UpstreamReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The upstream call of one exchange: the one method the {@link ProxyPipeline} interceptor wraps, so the stages run
 * around it, and nothing else in the gateway calls the upstream for a client. It sends through the {@link Upstream}
 * port and turns what came back into an {@link UpstreamOutcome}: the answer with the intent marker stripped and its
 * usage read, the upstream's error shaped for the client ({@link UpstreamErrors}), or the open stream.
 */
@ApplicationScoped
public class UpstreamCall {

    @Inject
    Upstream upstream;

    @Inject
    ProxyMetrics metrics;

    /** Calls the upstream for this exchange with the body the gateway forwards. */
    @ProxyPipeline
    public UpstreamOutcome call(ProxyExchange exchange, byte[] body) {
        long start = System.nanoTime();
        UpstreamReply reply = exchange.streaming()
                ? upstream.openStream(exchange.endpoint(), body) : upstream.send(exchange.endpoint(), body);
        if (!(reply instanceof UpstreamReply.Unanswered)) {
            metrics.upstreamLatency(exchange.endpoint(), System.nanoTime() - start);
        }
        return outcome(exchange, reply);
    }

    /** What the client gets for the upstream's reply, recorded on the exchange. */
    static UpstreamOutcome outcome(ProxyExchange exchange, UpstreamReply reply) {
        if (reply instanceof UpstreamReply.Opened opened) {
            return new UpstreamOutcome.Streaming(opened.events());
        }
        if (reply instanceof UpstreamReply.Unanswered unanswered) {
            exchange.upstreamCompleted(0, null, null);
            return unanswered.timedOut() ? UpstreamErrors.timeout() : UpstreamErrors.unreachable();
        }
        UpstreamReply.Complete complete = (UpstreamReply.Complete) reply;
        if (exchange.streaming()) {
            // a stream the upstream refused: its error is passed on as for a plain call, with nothing to read
            exchange.upstreamCompleted(complete.status(), null, null);
            return UpstreamErrors.answer(complete.status(), "application/json", complete.retryAfter(),
                    complete.body());
        }
        return answered(exchange, complete.status(), complete.contentType(), complete.retryAfter(), complete.body());
    }

    /**
     * What the client gets for a complete upstream answer, recorded on the exchange. A success whose body is not
     * one JSON object is never passed on: it becomes 502 {@code upstream_error} and is settled as an upstream
     * error, with no usage read from it ({@link UpstreamErrors#brokenAnswer()}).
     */
    static UpstreamOutcome.Answered answered(ProxyExchange exchange, int status, String contentType,
                                             String retryAfter, byte[] answer) {
        boolean readable = status < 300 && exchange.endpoint() != Endpoint.MODELS;
        JsonNode json = null;
        if (readable) {
            Optional<JsonNode> parsed = UpstreamAnswerReader.parseObject(answer);
            if (parsed.isEmpty()) {
                exchange.upstreamCompleted(UpstreamErrors.BROKEN_ANSWER_STATUS, null, null);
                return UpstreamErrors.brokenAnswer();
            }
            json = parsed.get();
        }
        byte[] shown = answer;
        if (readable && exchange.attributes().get(ExchangeAttributes.INTENT_MARKER) instanceof IntentMarker marker) {
            PlainAnswers.Stripped stripped = exchange.endpoint() == Endpoint.RESPONSES
                    ? ResponseAnswers.strip(json, answer, marker) : PlainAnswers.strip(json, answer, marker);
            shown = stripped.body();
            exchange.annotate("intent", stripped.label());
        }
        UpstreamOutcome.Answered outcome = UpstreamErrors.answer(status, contentType, retryAfter, shown);
        recordAnswer(exchange, status, json);
        return outcome;
    }

    /** Records what the upstream answered; {@code json} is the parsed answer, null when it is not one to read. */
    private static void recordAnswer(ProxyExchange exchange, int status, JsonNode json) {
        if (json == null) {
            exchange.upstreamCompleted(status, null, null);
            return;
        }
        Usage usage = UpstreamAnswerReader.usage(json).orElse(null);
        if (usage == null && exchange.endpoint() == Endpoint.MODERATIONS) {
            // a moderation answer reports no usage: metered by its input, as an estimate
            usage = new Usage(UpstreamAnswerReader.estimateTokens(exchange.promptText()), 0, true);
        }
        String text = exchange.endpoint().generates() ? UpstreamAnswerReader.text(json) : null;
        exchange.upstreamCompleted(status, text, usage);
    }
}

package io.taskgate.core.interfaces.proxy;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.internal.ExchangeLedger;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a pipeline outcome into the client's response and writes the ledger row for it (for a plain answer, once
 * the after-call stages have settled it, which may be after the answer was sent). A stream whose first
 * event already fails (see {@link StreamResponder#open}) is answered with a JSON error instead of a 200 stream.
 */
@ApplicationScoped
public class OutcomeRenderer {

    @Inject
    ExchangeLedger ledger;

    @Inject
    StreamResponder streams;

    public ProxyReply render(ProxyExchange exchange, boolean usageInjected, UpstreamOutcome outcome) {
        if (outcome instanceof UpstreamOutcome.Refused refused) {
            Refusal refusal = refused.refusal();
            ledger.completed(exchange, refusal.status(), refusal.code(), null);
            return withStageHeaders(ProxyReply.error(refusal), exchange).withHeader("X-Request-Id", exchange.requestId());
        }
        if (outcome instanceof UpstreamOutcome.Answered answered) {
            byte[] body = answered.body();
            if (exchange.endpoint() == Endpoint.MODELS && answered.status() == 200) {
                body = ModelList.onlyGranted(body, exchange.caller().models());
            }
            exchange.afterSettlement(() -> ledger.completed(exchange, answered.status(), answered.refusalCode(),
                    exchange.usage().orElse(null)));
            return withStageHeaders(ProxyReply.of(answered.status(), answered.headers(), body), exchange)
                    .withHeader("X-Request-Id", exchange.requestId());
        }
        UpstreamOutcome.Streaming streaming = (UpstreamOutcome.Streaming) outcome;
        StreamResponder.Opened stream = streams.open(exchange, usageInjected, streaming);
        if (stream.refusal().isPresent()) {
            return withStageHeaders(ProxyReply.error(stream.refusal().get()), exchange)
                    .withHeader("X-Request-Id", exchange.requestId());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/event-stream; charset=utf-8");
        headers.put("Cache-Control", "no-cache");
        headers.put("X-Accel-Buffering", "no");
        exchange.responseHeaders().forEach(headers::putIfAbsent);
        headers.put("X-Request-Id", exchange.requestId());
        return new ProxyReply(200, headers, stream.body());
    }

    /** Adds the headers stages set (e.g. remaining quota); a refusal's or the upstream's own headers win. */
    private static ProxyReply withStageHeaders(ProxyReply reply, ProxyExchange exchange) {
        ProxyReply result = reply;
        for (Map.Entry<String, String> header : exchange.responseHeaders().entrySet()) {
            boolean present = reply.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase(header.getKey()));
            if (!present) {
                result = result.withHeader(header.getKey(), header.getValue());
            }
        }
        return result;
    }
}

package io.taskgate.core.interfaces.proxy;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.internal.ExchangeLedger;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/** Turns a pipeline outcome into the client's response and writes the ledger row for it. */
@ApplicationScoped
public class OutcomeRenderer {

    @Inject
    ExchangeLedger ledger;

    @Inject
    StreamResponder streams;

    public Response render(ProxyExchange exchange, boolean usageInjected, UpstreamOutcome outcome) {
        if (outcome instanceof UpstreamOutcome.Refused refused) {
            Refusal refusal = refused.refusal();
            ledger.completed(exchange, refusal.status(), refusal.code(), null);
            return withRequestId(OpenAiErrors.response(refusal), exchange);
        }
        if (outcome instanceof UpstreamOutcome.Answered answered) {
            byte[] body = answered.body();
            if (exchange.endpoint() == Endpoint.MODELS && answered.status() == 200) {
                body = ModelList.onlyGranted(body, exchange.caller().models());
            }
            ledger.completed(exchange, answered.status(), answered.refusalCode(), exchange.usage().orElse(null));
            Response.ResponseBuilder response = Response.status(answered.status()).entity(body);
            answered.headers().forEach(response::header);
            return withRequestId(response.build(), exchange);
        }
        UpstreamOutcome.Streaming streaming = (UpstreamOutcome.Streaming) outcome;
        return Response.ok(streams.relay(exchange, usageInjected, streaming))
                .type("text/event-stream")
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no")
                .header("X-Request-Id", exchange.requestId())
                .build();
    }

    private static Response withRequestId(Response response, ProxyExchange exchange) {
        return Response.fromResponse(response).header("X-Request-Id", exchange.requestId()).build();
    }
}

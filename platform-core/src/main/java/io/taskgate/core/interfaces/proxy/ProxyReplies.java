package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.interfaces.http.OpenAiErrors;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.proxy.ProxyCall;
import io.taskgate.core.application.proxy.ProxyResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Turns what the proxy use case returned into what the servlet writes: a whole answer as it is, a stream relayed
 * as server-sent events, or, when the stream fails before its first event ({@link StreamResponder#open}), the JSON
 * error instead of a 200 stream.
 */
@ApplicationScoped
public class ProxyReplies {

    @Inject
    StreamResponder streams;

    public ProxyReply of(ProxyResult result) {
        if (result instanceof ProxyResult.Answer answer) {
            return ProxyReply.of(answer.status(), answer.headers(), answer.body());
        }
        ProxyResult.Stream stream = (ProxyResult.Stream) result;
        StreamResponder.Opened opened = streams.open(stream);
        if (opened.refusal().isPresent()) {
            Refusal refusal = opened.refusal().get();
            ProxyResult.Answer answer = ProxyCall.answer(stream.exchange(), refusal.status(), refusal.headers(),
                    OpenAiErrors.body(refusal));
            return ProxyReply.of(answer.status(), answer.headers(), answer.body());
        }
        return new ProxyReply(200, stream.headers(), opened.body());
    }
}

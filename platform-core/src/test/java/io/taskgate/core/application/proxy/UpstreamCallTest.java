package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.ProxyMetrics;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.application.upstream.Upstream;
import io.taskgate.core.application.upstream.UpstreamReply;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The intercepted upstream call over a fake {@link Upstream} port: what each kind of reply becomes. */
class UpstreamCallTest {

    final List<String> sent = new ArrayList<>();
    UpstreamReply reply;
    final UpstreamCall call = new UpstreamCall();

    UpstreamCallTest() {
        call.upstream = new Upstream() {
            @Override
            public UpstreamReply send(Endpoint endpoint, byte[] body) {
                sent.add("send " + endpoint.claimName());
                return reply;
            }

            @Override
            public UpstreamReply openStream(Endpoint endpoint, byte[] body) {
                sent.add("stream " + endpoint.claimName());
                return reply;
            }

            @Override
            public int probeModels() {
                return 200;
            }

            @Override
            public URI baseUri() {
                return URI.create("http://upstream.test");
            }
        };
        call.metrics = new ProxyMetrics() {
            @Override
            public void upstreamLatency(Endpoint endpoint, long nanos) {
                sent.add("timed");
            }

            @Override
            public void request(Endpoint endpoint, int status, String refusalCode, io.taskgate.api.pipeline.Usage usage) {
            }

            @Override
            public void stageFailure(String family, String pluginId) {
            }

            @Override
            public void stageShed(String family, String pluginId) {
            }
        };
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPlainAnswerIsPassedOnAndItsUsageAndTextAreRecorded() {
        ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
        reply = new UpstreamReply.Complete(200, "application/json", null, bytes("{\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"Hello\"}}],\"usage\":{\"prompt_tokens\":9,"
                + "\"completion_tokens\":2}}"));

        UpstreamOutcome.Answered answered = assertInstanceOf(UpstreamOutcome.Answered.class,
                call.call(exchange, bytes("{}")));

        assertEquals(200, answered.status());
        assertEquals(List.of("send chat.completions", "timed"), sent);
        assertEquals(new Usage(9, 2, false), exchange.usage().orElseThrow());
        assertEquals("Hello", exchange.completionText().orElseThrow());
    }

    @Test
    void anUpstreamServerErrorBecomes502UpstreamError() {
        ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
        reply = new UpstreamReply.Complete(503, "text/html", null, bytes("<html>down</html>"));

        UpstreamOutcome.Answered answered = assertInstanceOf(UpstreamOutcome.Answered.class,
                call.call(exchange, bytes("{}")));

        assertEquals(502, answered.status());
        assertEquals("upstream_error", answered.refusalCode());
        assertEquals(503, exchange.upstreamStatus().orElseThrow());
    }

    @Test
    void anUpstreamThatDoesNotAnswerInTimeBecomes504AndIsRecordedAsNoAnswer() {
        ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
        reply = new UpstreamReply.Unanswered(true);

        UpstreamOutcome.Answered answered = assertInstanceOf(UpstreamOutcome.Answered.class,
                call.call(exchange, bytes("{}")));

        assertEquals(504, answered.status());
        assertEquals("upstream_timeout", answered.refusalCode());
        assertEquals(0, exchange.upstreamStatus().orElseThrow());
    }

    @Test
    void anOpenedStreamIsHandedOnForTransportToRelay() {
        ProxyExchange exchange = TestExchanges.streamingChatExchange("gpt-4o-mini");
        reply = new UpstreamReply.Opened(InputStream.nullInputStream());

        assertInstanceOf(UpstreamOutcome.Streaming.class, call.call(exchange, bytes("{}")));
        assertEquals(List.of("stream chat.completions", "timed"), sent);
    }

    @Test
    void aStreamTheUpstreamRateLimitsIsAnswered429WithItsRetryAfter() {
        ProxyExchange exchange = TestExchanges.streamingChatExchange("gpt-4o-mini");
        reply = new UpstreamReply.Complete(429, "application/json", "7",
                bytes("{\"error\":{\"message\":\"slow down\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"));

        UpstreamOutcome.Answered answered = assertInstanceOf(UpstreamOutcome.Answered.class,
                call.call(exchange, bytes("{}")));

        assertEquals(429, answered.status());
        assertEquals("7", answered.headers().get("Retry-After"));
        assertTrue(exchange.usage().isEmpty(), "a refused stream has no usage to read");
    }
}

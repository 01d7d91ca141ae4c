package io.taskgate.core.interfaces.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.ledger.ExchangeLedger;
import io.taskgate.core.application.proxy.ExchangeFinish;
import io.taskgate.core.application.proxy.ProxyResult;
import java.util.Map;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stream whose upstream sends a data event that is not JSON: it ends with an OpenAI error event, or, when
 * nothing reached the client yet, becomes a 502 JSON answer; either way it is settled with what was read.
 */
class BrokenStreamTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROLE = "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n";
    static final String HELLO = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n";
    static final String WORLD = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo world\"}}]}\n\n";
    static final String BROKEN = "data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"delta\":{\"cont\n\n";
    static final String USAGE = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3}}\n\n";
    static final String DONE = "data: [DONE]\n\n";

    record Row(int status, String code, Usage usage) {
    }

    final List<Row> rows = new ArrayList<>();
    final StreamResponder streams = new StreamResponder();
    final ProxyReplies replies = new ProxyReplies();

    @BeforeEach
    void wire() {
        ExchangeLedger ledger = new ExchangeLedger() {
            @Override
            public void completed(ProxyExchange exchange, int status, String code, Usage usage) {
                rows.add(new Row(status, code, usage));
            }
        };
        streams.finish = new ExchangeFinish(ledger);
        streams.idleTimeoutMs = 5_000;
        streams.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "test-watchdog");
                t.setDaemon(true);
                return t;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            }
        };
        streams.init();
        replies.streams = streams;
    }

    @AfterEach
    void stop() {
        streams.stop();
    }

    static ProxyExchange exchange() {
        Caller caller = new Caller("sub-b", "bob", Caller.AuthKind.TOKEN, null, Set.of("acme"),
                Set.of("acme-checkout"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());
        TaskInfo task = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of());
        return new ProxyExchange(Instant.now(), System.nanoTime(), caller, task, Endpoint.CHAT_COMPLETIONS,
                new ProxyExchange.ProxyRequestBody() {
                    @Override
                    public Optional<String> model() {
                        return Optional.of("gpt-4o-mini");
                    }

                    @Override
                    public boolean streaming() {
                        return true;
                    }

                    @Override
                    public String promptText() {
                        return "Write a unit test"; // 17 characters: 5 estimated prompt tokens
                    }
                });
    }

    static UpstreamOutcome.Streaming stream(AtomicInteger afterRelay, String... events) {
        InputStream body = new ByteArrayInputStream(String.join("", events).getBytes(StandardCharsets.UTF_8));
        UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(body);
        streaming.afterRelay(afterRelay::incrementAndGet);
        return streaming;
    }

    /** What the servlet writes for this stream, as the use case hands it over. */
    ProxyReply render(ProxyExchange exchange, boolean hideUsage, UpstreamOutcome.Streaming streaming) {
        return replies.of(new ProxyResult.Stream(exchange, Map.of("Content-Type", "text/event-stream"), streaming,
                hideUsage));
    }

    static String written(ProxyReply reply) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reply.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBrokenEventMidStreamEndsItWithAnUpstreamErrorEvent() throws Exception {
        AtomicInteger afterRelay = new AtomicInteger();
        ProxyExchange exchange = exchange();

        ProxyReply reply = render(exchange, true,
                stream(afterRelay, ROLE, HELLO, BROKEN, WORLD, USAGE, DONE));
        assertEquals(200, reply.status());
        String text = written(reply);

        assertTrue(text.startsWith(ROLE + HELLO), text);
        String rest = text.substring((ROLE + HELLO).length());
        assertTrue(rest.startsWith("data: {\"error\":"), rest);
        assertTrue(rest.endsWith("\n\n"), rest);
        JsonNode error = JSON.readTree(rest.substring(6).trim()).path("error");
        assertEquals("upstream_error", error.path("code").asText());
        assertEquals("server_error", error.path("type").asText());
        assertFalse(text.contains("\"cont\n"), "the broken bytes are not passed on");
        assertFalse(text.contains("lo world"), "nothing after the broken event");
        assertFalse(text.contains("[DONE]"));

        assertEquals(List.of(new Row(502, "upstream_error", new Usage(5, 1, true))), rows,
                "settled with what was read: one content chunk and the prompt estimate, nothing for the broken event");
        assertEquals(1, afterRelay.get(), "the after-call stages ran once");
        assertEquals(Optional.of(new Usage(5, 1, true)), exchange.usage());
    }

    @Test
    void aBrokenFirstEventIsAnswered502JsonBeforeAnyByte() throws Exception {
        AtomicInteger afterRelay = new AtomicInteger();
        ProxyExchange exchange = exchange();
        exchange.responseHeader("X-Quota-Remaining-Tokens", "900");

        ProxyReply reply = render(exchange, true, stream(afterRelay, BROKEN, HELLO, DONE));

        assertEquals(502, reply.status());
        assertEquals("application/json", reply.headers().get("Content-Type"));
        assertEquals(exchange.requestId(), reply.headers().get("X-Request-Id"));
        assertEquals("900", reply.headers().get("X-Quota-Remaining-Tokens"), "stage headers come along");
        String body = written(reply);
        JsonNode error = JSON.readTree(body).path("error");
        assertEquals("upstream_error", error.path("code").asText());
        assertFalse(body.contains("chatcmpl-1"));
        assertEquals(List.of(new Row(502, "upstream_error", new Usage(5, 0, true))), rows);
        assertEquals(1, afterRelay.get());
    }

    @Test
    void aBrokenEventAfterTheUsageChunkKeepsTheReportedUsage() throws Exception {
        ProxyReply reply = render(exchange(), true, stream(new AtomicInteger(), ROLE, HELLO, USAGE, BROKEN));
        written(reply);
        assertEquals(List.of(new Row(502, "upstream_error", new Usage(12, 3, false))), rows);
    }

    @Test
    void anUpstreamThatEndsBeforeItsFirstEventIsAnswered502Json() throws Exception {
        ProxyReply reply = render(exchange(), true, stream(new AtomicInteger()));

        assertEquals(502, reply.status());
        assertEquals("upstream_error", JSON.readTree(written(reply)).path("error").path("code").asText());
        assertEquals(502, rows.get(0).status());
    }

    @Test
    void aHealthyStreamIsRelayedWhole() throws Exception {
        AtomicInteger afterRelay = new AtomicInteger();
        ProxyReply reply = render(exchange(), true, stream(afterRelay, ROLE, HELLO, WORLD, USAGE, DONE));

        assertEquals(200, reply.status());
        assertEquals(ROLE + HELLO + WORLD + DONE, written(reply));
        assertEquals(List.of(new Row(200, null, new Usage(12, 3, false))), rows);
        assertEquals(1, afterRelay.get());
    }
}

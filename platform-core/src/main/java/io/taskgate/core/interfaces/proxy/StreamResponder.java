package io.taskgate.core.interfaces.proxy;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.internal.ExchangeLedger;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.application.streaming.IdleWatchdog;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.streaming.SseRelay;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Relays a stream to the client and settles it. Usage counted for a stream: the upstream's own usage chunk
 * when it arrived; otherwise (client gone, upstream cut) an estimate: prompt tokens from the prompt length
 * (4 characters a token) and one completion token per content chunk received from the upstream (the
 * upstream produced it even if the client never got it), marked as estimated.
 * Status in the ledger: 200 when complete, 499 {@code client_disconnected}, 504 {@code upstream_timeout}
 * when the upstream fell silent, 502 {@code upstream_error} when it broke off.
 */
@ApplicationScoped
public class StreamResponder {

    @Inject
    ExchangeLedger ledger;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "upstream.stream-idle-timeout-ms", defaultValue = "60000")
    long idleTimeoutMs;

    private IdleWatchdog watchdog;
    private java.util.concurrent.ScheduledThreadPoolExecutor scheduler;

    /** A plain scheduler on a managed thread: cheaper per stream than the managed scheduled executor. */
    @PostConstruct
    void init() {
        scheduler = new java.util.concurrent.ScheduledThreadPoolExecutor(1, threads);
        scheduler.setRemoveOnCancelPolicy(true);
        watchdog = new IdleWatchdog(scheduler);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    ProxyReply.BodyWriter relay(ProxyExchange exchange, boolean hideUsage, UpstreamOutcome.Streaming streaming) {
        return output -> relayAndSettle(exchange, hideUsage, streaming, output);
    }

    private void relayAndSettle(ProxyExchange exchange, boolean hideUsage, UpstreamOutcome.Streaming streaming,
                                OutputStream client) {
        SseRelay relay = new SseRelay(hideUsage,
                exchange.attributes().get(IntentMarker.ATTRIBUTE) instanceof IntentMarker marker ? marker : null);
        int status = 200;
        String code = null;
        InputStream upstream = streaming.body();
        try (IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(idleTimeoutMs))) {
            try {
                SseRelay.RelayResult result = relay.relay(upstream, client, watch::touch);
                if (watch.fired() || !result.completed()) {
                    status = watch.fired() ? 504 : 502;
                    code = watch.fired() ? "upstream_timeout" : "upstream_error";
                    sendErrorEvent(client, status, code);
                }
            } catch (SseRelay.ClientGoneException e) {
                status = 499;
                code = "client_disconnected";
            } catch (IOException e) {
                status = watch.fired() ? 504 : 502;
                code = watch.fired() ? "upstream_timeout" : "upstream_error";
                sendErrorEvent(client, status, code);
            }
        } finally {
            closeQuietly(upstream);
            SseRelay.RelayResult seen = relay.result();
            Usage usage = seen.usage() != null ? seen.usage()
                    : new Usage(PromptText.estimateTokens(exchange.promptText()), seen.contentChunks(), true);
            relay.intentLabel().ifPresent(label -> exchange.annotate("intent", label));
            exchange.upstreamCompleted(200, seen.text(), usage);
            streaming.relayed();
            ledger.completed(exchange, status, code, usage);
        }
    }

    private static void sendErrorEvent(OutputStream client, int status, String code) {
        String message = status == 504 ? "The upstream model service stopped sending. The answer is incomplete."
                : "The upstream model service broke off the answer. The answer is incomplete.";
        try {
            client.write(("data: ").getBytes(StandardCharsets.UTF_8));
            client.write(OpenAiErrors.body(Refusal.of(status, code, message)));
            client.write("\n\n".getBytes(StandardCharsets.UTF_8));
            client.flush();
        } catch (IOException ignored) {
            // the client is gone too; nothing left to tell
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}

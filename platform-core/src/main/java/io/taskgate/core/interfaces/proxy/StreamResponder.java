package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.interfaces.http.OpenAiErrors;

import io.taskgate.core.application.ExchangeAttributes;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.proxy.ProxyCall;
import io.taskgate.core.application.proxy.ProxyResult;
import io.taskgate.core.application.proxy.ExchangeFinish;
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
import java.util.Optional;

/**
 * Relays a stream to the client, then hands it to {@link ExchangeFinish#streamed} to settle. Usage counted for a
 * stream: the upstream's own usage chunk
 * when it arrived; otherwise (client gone, upstream cut) an estimate: prompt tokens from the prompt length
 * (4 characters a token) and one completion token per content chunk received from the upstream (the
 * upstream produced it even if the client never got it), marked as estimated.
 * Status in the ledger: 200 when complete, 499 {@code client_disconnected}, 504 {@code upstream_timeout}
 * when the upstream fell silent, 502 {@code upstream_error} when it broke off or sent a data event that is not
 * JSON. Such an event is never passed on: the stream ends with an OpenAI error event
 * ({@code data: {"error":{...,"code":"upstream_error"}}}), or, when no byte has reached the client yet, the client
 * gets a 502 JSON error instead of the stream ({@link #open}). Either way the exchange is settled as for an
 * upstream that broke off: with what was read, nothing invented for the broken event.
 */
@ApplicationScoped
public class StreamResponder {

    @Inject
    ExchangeFinish finish;

    @Inject
    io.taskgate.core.application.quota.QuotaService quota;

    /** How often a running stream records what it delivered on its quota reservation. */
    @Inject
    @ConfigProperty(name = "gateway.quota.stream-progress-ms", defaultValue = "2000")
    long progressMillis;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "upstream.stream-idle-timeout-ms", defaultValue = "60000")
    long idleTimeoutMs;

    private static final String BROKEN_EVENT = "The upstream model service sent a stream event that is not valid"
            + " JSON. The answer is incomplete.";

    private IdleWatchdog watchdog;
    private java.util.concurrent.ScheduledThreadPoolExecutor scheduler;
    /** Writes streams' progress to their reservations, apart from the watchdog's timers. */
    private java.util.concurrent.ThreadPoolExecutor progressWriter;

    /** A plain scheduler on a managed thread: cheaper per stream than the managed scheduled executor. */
    @PostConstruct
    void init() {
        scheduler = new java.util.concurrent.ScheduledThreadPoolExecutor(1, threads);
        scheduler.setRemoveOnCancelPolicy(true);
        watchdog = new IdleWatchdog(scheduler);
        progressWriter = new java.util.concurrent.ThreadPoolExecutor(1, 2, 30, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(2_000), threads);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        progressWriter.shutdownNow();
    }

    /**
     * A stream ready to relay ({@code body}), or, when it failed before a byte could reach the client, the error
     * to answer instead ({@code refusal}; the exchange is then already settled).
     */
    record Opened(Optional<Refusal> refusal, ProxyReply.BodyWriter body) {
    }

    /**
     * Reads the upstream's first event before anything is sent: when that fails (a data event that is not JSON,
     * the upstream silent, cut off or ended) the client gets a JSON error (502 {@code upstream_error}, 504
     * {@code upstream_timeout}) instead of a 200 stream; otherwise the returned body relays the stream.
     */
    Opened open(ProxyResult.Stream stream) {
        ProxyExchange exchange = stream.exchange();
        IntentMarker marker = ProxyCall.markerOf(exchange);
        SseRelay relay = exchange.endpoint() == io.taskgate.api.pipeline.Endpoint.RESPONSES
                ? SseRelay.forResponses(marker) : new SseRelay(stream.hideUsage(), marker);
        InputStream upstream = stream.upstream().body();
        IdleWatchdog.Watch watch = watchdog.watch(upstream, Duration.ofMillis(idleTimeoutMs));
        Refusal refusal;
        try {
            if (relay.readFirstEvent(upstream, watch::touch)) {
                return new Opened(Optional.empty(), output -> relayAndFinish(stream, relay, watch, output));
            }
            refusal = notStarted(watch.fired());
        } catch (SseRelay.BrokenEventException e) {
            refusal = Refusal.of(502, "upstream_error", "The upstream model service sent a stream event that is not"
                    + " valid JSON, so the gateway does not pass it on. Try again in a moment.");
        } catch (IOException e) {
            refusal = notStarted(watch.fired());
        }
        watch.close();
        finish.streamed(stream, relay, refusal.status(), refusal.code());
        return new Opened(Optional.of(refusal), null);
    }

    private void relayAndFinish(ProxyResult.Stream stream, SseRelay relay, IdleWatchdog.Watch watch,
                                OutputStream client) {
        ProxyExchange exchange = stream.exchange();
        int status = 200;
        String code = null;
        InputStream upstream = stream.upstream().body();
        try (watch) {
            try {
                long promptTokens = io.taskgate.core.application.upstream.UpstreamAnswerReader
                        .estimateTokens(exchange.promptText());
                io.taskgate.core.application.streaming.StreamProgress progress =
                        new io.taskgate.core.application.streaming.StreamProgress(progressWriter,
                                java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(progressMillis), System::nanoTime,
                                relay::contentChunks, chunks -> quota.delivered(exchange, promptTokens, chunks));
                SseRelay.RelayResult result = relay.relay(upstream, client, () -> {
                    watch.touch();
                    progress.tick();
                }, stream.upstream()::firstEventSent);
                if (watch.fired() || !result.completed()) {
                    status = watch.fired() ? 504 : 502;
                    code = watch.fired() ? "upstream_timeout" : "upstream_error";
                    sendErrorEvent(client, failure(status, code));
                }
            } catch (SseRelay.ClientGoneException e) {
                status = 499;
                code = "client_disconnected";
            } catch (SseRelay.BrokenEventException e) {
                status = 502;
                code = "upstream_error";
                sendErrorEvent(client, Refusal.of(status, code, BROKEN_EVENT));
            } catch (IOException e) {
                status = watch.fired() ? 504 : 502;
                code = watch.fired() ? "upstream_timeout" : "upstream_error";
                sendErrorEvent(client, failure(status, code));
            }
        } finally {
            finish.streamed(stream, relay, status, code);
        }
    }

    /** The error for a stream that ended, broke or fell silent before its first event. */
    private static Refusal notStarted(boolean silent) {
        return silent ? Refusal.of(504, "upstream_timeout", "The upstream model service stopped sending before the"
                + " answer began. Try again, or ask for a shorter answer.")
                : Refusal.of(502, "upstream_error", "The upstream model service broke off before the answer began."
                + " Try again in a moment.");
    }

    private static Refusal failure(int status, String code) {
        return Refusal.of(status, code, status == 504
                ? "The upstream model service stopped sending. The answer is incomplete."
                : "The upstream model service broke off the answer. The answer is incomplete.");
    }

    private static void sendErrorEvent(OutputStream client, Refusal refusal) {
        try {
            client.write(("data: ").getBytes(StandardCharsets.UTF_8));
            client.write(OpenAiErrors.body(refusal));
            client.write("\n\n".getBytes(StandardCharsets.UTF_8));
            client.flush();
        } catch (IOException ignored) {
            // the client is gone too; nothing left to tell
        }
    }
}

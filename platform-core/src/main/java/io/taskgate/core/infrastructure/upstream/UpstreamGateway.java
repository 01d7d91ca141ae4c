package io.taskgate.core.infrastructure.upstream;

import io.taskgate.core.application.upstream.UpstreamAnswerReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.intent.PlainAnswers;
import io.taskgate.core.application.intent.ResponseAnswers;
import io.taskgate.core.application.internal.ProxyMetrics;
import io.taskgate.core.application.pipeline.ProxyPipeline;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes the upstream call. {@link #call} is the one method the {@link ProxyPipeline} interceptor wraps:
 * the stages run around it, and nothing else in the gateway calls the upstream for a client.
 */
@ApplicationScoped
public class UpstreamGateway {

    @Inject
    Config config;

    @Inject
    ProxyMetrics metrics;

    private UpstreamSettings settings;
    private OpenAiUpstreamClient client;

    @PostConstruct
    void init() {
        settings = UpstreamSettings.from(config);
        client = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUri())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(new UpstreamAuthFilter(settings))
                .build(OpenAiUpstreamClient.class);
    }

    /**
     * Opens a stream through the same REST Client: it returns at the upstream's response headers, and the entity
     * stream then yields each server-sent event as the upstream flushes it (Jersey's default connector does not
     * buffer a {@code Response} entity read as an {@code InputStream}); closing it (idle watchdog) ends the call.
     */
    private UpstreamOutcome openStream(ProxyExchange exchange, byte[] body) {
        long start = System.nanoTime();
        Response response;
        try {
            response = switch (exchange.endpoint()) {
                case COMPLETIONS -> client.completionsStream(body);
                case RESPONSES -> client.responsesStream(body);
                default -> client.chatCompletionsStream(body);
            };
            metrics.upstreamLatency(exchange.endpoint(), System.nanoTime() - start);
        } catch (ProcessingException e) {
            return failed(exchange, e);
        }
        if (response.getStatus() != 200) {
            try (response) {
                byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
                exchange.upstreamCompleted(response.getStatus(), null, null);
                return UpstreamErrors.answer(response.getStatus(), "application/json",
                        response.getHeaderString("Retry-After"), answer);
            } catch (ProcessingException e) {
                return failed(exchange, e);
            }
        }
        return new UpstreamOutcome.Streaming(response.readEntity(InputStream.class));
    }

    public UpstreamSettings settings() {
        return settings;
    }

    /**
     * Calls the upstream for this exchange. Wrapped by the pipeline; see {@link ProxyPipeline}. A success whose
     * body is not one JSON object becomes 502 {@code upstream_error} ({@link #answered}).
     */
    @ProxyPipeline
    public UpstreamOutcome call(ProxyExchange exchange, byte[] body) {
        if (exchange.streaming()) {
            return openStream(exchange, body);
        }
        long start = System.nanoTime();
        try (Response response = send(exchange.endpoint(), body)) {
            metrics.upstreamLatency(exchange.endpoint(), System.nanoTime() - start);
            byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return answered(exchange, response.getStatus(), response.getHeaderString("Content-Type"),
                    response.getHeaderString("Retry-After"), answer);
        } catch (ProcessingException e) {
            return failed(exchange, e);
        }
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
        if (readable && exchange.attributes().get(IntentMarker.ATTRIBUTE) instanceof IntentMarker marker) {
            PlainAnswers.Stripped stripped = exchange.endpoint() == Endpoint.RESPONSES
                    ? ResponseAnswers.strip(json, answer, marker) : PlainAnswers.strip(json, answer, marker);
            shown = stripped.body();
            exchange.annotate("intent", stripped.label());
        }
        UpstreamOutcome.Answered outcome = UpstreamErrors.answer(status, contentType, retryAfter, shown);
        recordAnswer(exchange, status, json);
        return outcome;
    }

    /** A call the gateway makes on its own behalf (readiness, model list), outside any client's pipeline. */
    public int probeModels() {
        try (Response response = client.models()) {
            return response.getStatus();
        }
    }

    private Response send(Endpoint endpoint, byte[] body) {
        return switch (endpoint) {
            case CHAT_COMPLETIONS -> client.chatCompletions(body);
            case COMPLETIONS -> client.completions(body);
            case RESPONSES -> client.responses(body);
            case EMBEDDINGS -> client.embeddings(body);
            case MODERATIONS -> client.moderations(body);
            case MODELS -> client.models();
        };
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

    /** The call failed before the upstream answered: 504 when it timed out, 502 otherwise. */
    private static UpstreamOutcome failed(ProxyExchange exchange, ProcessingException e) {
        exchange.upstreamCompleted(0, null, null);
        return hasCause(e, SocketTimeoutException.class) ? UpstreamErrors.timeout() : UpstreamErrors.unreachable();
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}

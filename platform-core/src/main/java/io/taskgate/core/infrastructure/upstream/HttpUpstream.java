package io.taskgate.core.infrastructure.upstream;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.core.application.upstream.Upstream;
import io.taskgate.core.application.upstream.UpstreamReply;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Upstream} adapter: the MicroProfile REST Client to the OpenAI-compatible upstream, with the gateway's
 * key ({@link UpstreamAuthFilter}) and the configured timeouts. It only speaks HTTP.
 */
@ApplicationScoped
public class HttpUpstream implements Upstream {

    @Inject
    Config config;

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

    @Override
    public UpstreamReply send(Endpoint endpoint, byte[] body) {
        try (Response response = request(endpoint, body)) {
            return complete(response);
        } catch (ProcessingException e) {
            return unanswered(e);
        }
    }

    /**
     * Opens a stream through the same REST Client: it returns at the upstream's response headers, and the entity
     * stream then yields each server-sent event as the upstream flushes it (Jersey's default connector does not
     * buffer a {@code Response} entity read as an {@code InputStream}); closing it ends the call.
     */
    @Override
    public UpstreamReply openStream(Endpoint endpoint, byte[] body) {
        Response response;
        try {
            response = switch (endpoint) {
                case COMPLETIONS -> client.completionsStream(body);
                case RESPONSES -> client.responsesStream(body);
                default -> client.chatCompletionsStream(body);
            };
        } catch (ProcessingException e) {
            return unanswered(e);
        }
        if (response.getStatus() != 200) {
            try (response) {
                return complete(response);
            } catch (ProcessingException e) {
                return unanswered(e);
            }
        }
        return new UpstreamReply.Opened(response.readEntity(InputStream.class));
    }

    @Override
    public int probeModels() {
        try (Response response = client.models()) {
            return response.getStatus();
        }
    }

    @Override
    public URI baseUri() {
        return settings.baseUri();
    }

    private Response request(Endpoint endpoint, byte[] body) {
        return switch (endpoint) {
            case CHAT_COMPLETIONS -> client.chatCompletions(body);
            case COMPLETIONS -> client.completions(body);
            case RESPONSES -> client.responses(body);
            case EMBEDDINGS -> client.embeddings(body);
            case MODERATIONS -> client.moderations(body);
            case MODELS -> client.models();
        };
    }

    private static UpstreamReply.Complete complete(Response response) {
        byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
        return new UpstreamReply.Complete(response.getStatus(), response.getHeaderString("Content-Type"),
                response.getHeaderString("Retry-After"), answer);
    }

    private static UpstreamReply.Unanswered unanswered(ProcessingException e) {
        return new UpstreamReply.Unanswered(hasCause(e, SocketTimeoutException.class));
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

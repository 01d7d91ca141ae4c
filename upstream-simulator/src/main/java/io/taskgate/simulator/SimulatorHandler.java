package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Routes every request of the simulator; records all but {@code /_simulator/*}. */
final class SimulatorHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SimulatorHandler.class.getName());

    private final String apiKey;
    private final RequestLog log;
    private final ModelsEndpoint models = new ModelsEndpoint();
    private final EmbeddingsEndpoint embeddings;
    private final ModerationsEndpoint moderations = new ModerationsEndpoint();

    SimulatorHandler(SimulatorConfig config, RequestLog log) {
        this.apiKey = config.apiKey();
        this.log = log;
        this.embeddings = new EmbeddingsEndpoint(config.embeddingDimensions());
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (SimulatorException e) {
            sendIfPossible(exchange, e);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Taskgate upstream simulator: client went away: {0}", e.toString());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Taskgate upstream simulator: internal error", e);
            sendIfPossible(exchange, new SimulatorException(500,
                    "Simulator internal error: " + e, "server_error", "server_error"));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.startsWith("/_simulator/")) {
            AdminEndpoint.handle(exchange, method, path, log);
            return;
        }
        log.add(new RecordedRequest(method, path, uri.getRawQuery(), Guard.headers(exchange),
                new String(body, StandardCharsets.UTF_8), System.currentTimeMillis()));
        switch (path) {
            case "/v1/models":
                Guard.get(exchange, method, path, apiKey);
                models.list(exchange);
                return;
            case "/v1/chat/completions":
                JsonNode chat = Guard.post(exchange, method, path, body, apiKey);
                ChatCompletionsEndpoint.INSTANCE.handle(exchange, chat, Guard.controls(chat));
                return;
            case "/v1/responses":
                JsonNode response = Guard.post(exchange, method, path, body, apiKey);
                ResponsesEndpoint.INSTANCE.handle(exchange, response, Guard.controls(response));
                return;
            case "/v1/completions":
                JsonNode completion = Guard.post(exchange, method, path, body, apiKey);
                CompletionsEndpoint.INSTANCE.handle(exchange, completion, Guard.controls(completion));
                return;
            case "/v1/embeddings":
                JsonNode embedding = Guard.post(exchange, method, path, body, apiKey);
                Guard.controls(embedding);
                embeddings.handle(exchange, embedding);
                return;
            case "/v1/moderations":
                JsonNode moderation = Guard.post(exchange, method, path, body, apiKey);
                Guard.controls(moderation);
                moderations.handle(exchange, moderation);
                return;
            default:
                if (path.startsWith("/v1/models/") && path.indexOf('/', 11) < 0) {
                    Guard.get(exchange, method, path, apiKey);
                    models.get(exchange, path.substring(11));
                    return;
                }
                throw SimulatorException.notFound("Unknown request URL: " + method + " " + path
                        + ". This is the Taskgate upstream simulator; see its README.", "unknown_url");
        }
    }

    private static void sendIfPossible(HttpExchange exchange, SimulatorException error) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            Http.sendError(exchange, error);
        } catch (IOException ignored) {
            // client went away
        }
    }
}

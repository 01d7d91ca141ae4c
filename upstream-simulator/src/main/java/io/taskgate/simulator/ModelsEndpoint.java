package io.taskgate.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/** {@code GET /v1/models} and {@code GET /v1/models/{id}}. */
final class ModelsEndpoint {

    static final List<String> MODELS = List.of("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini",
            "text-embedding-3-small", "omni-moderation-latest", "gpt-3.5-turbo-instruct");

    static final String OWNER = "taskgate-simulator";
    private static final long CREATED = 1_700_000_000L;

    void list(HttpExchange exchange) throws IOException {
        ObjectNode body = Json.object();
        body.put("object", "list");
        ArrayNode data = body.putArray("data");
        for (String id : MODELS) {
            data.add(model(id));
        }
        Http.sendJson(exchange, 200, body);
    }

    void get(HttpExchange exchange, String id) throws IOException {
        if (!MODELS.contains(id)) {
            throw SimulatorException.notFound("The model '" + id + "' does not exist", "model_not_found");
        }
        Http.sendJson(exchange, 200, model(id));
    }

    private static ObjectNode model(String id) {
        ObjectNode model = Json.object();
        model.put("id", id);
        model.put("object", "model");
        model.put("created", CREATED);
        model.put("owned_by", OWNER);
        return model;
    }
}

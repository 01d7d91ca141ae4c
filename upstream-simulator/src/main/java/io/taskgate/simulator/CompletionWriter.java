package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Writes a {@link Generation} as one JSON response or as an SSE stream, shaped by a {@link Shape};
 * {@code [sim:truncate=N]} cuts the JSON of the answer (after N bytes) or of one stream event (the one after N).
 */
final class CompletionWriter {

    /** Differences between chat completions and legacy text completions. */
    interface Shape {
        String idPrefix();

        String object();

        String chunkObject();

        ObjectNode choice(String text, String finishReason);

        /** First stream chunk's choice, or {@code null} when the shape has none. */
        ObjectNode roleChoice();

        ObjectNode deltaChoice(String piece, String finishReason);
    }

    private CompletionWriter() {
    }

    static void write(HttpExchange exchange, Shape shape, JsonNode request, Controls controls,
                      Generation generation, int promptTokens) throws IOException {
        String id = Json.newId(shape.idPrefix());
        long created = Json.nowSeconds();
        String model = request.path("model").asText();
        ObjectNode usage = Json.usage(promptTokens, generation.completionTokens());
        if (!request.path("stream").asBoolean(false)) {
            ObjectNode body = header(id, shape.object(), created, model);
            body.putArray("choices").add(shape.choice(generation.text(), generation.finishReason));
            body.set("usage", usage);
            if (controls.truncateAfter() >= 0) {
                Http.sendTruncatedJson(exchange, 200, body, controls.truncateAfter());
            } else {
                Http.sendJson(exchange, 200, body);
            }
            return;
        }
        boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
        SseStream stream = new SseStream(exchange, controls.chunkDelayMs(), controls.truncateAfter());
        ObjectNode role = shape.roleChoice();
        if (role != null) {
            stream.send(chunk(id, shape, created, model, role, includeUsage));
        }
        for (String piece : generation.pieces) {
            stream.send(chunk(id, shape, created, model, shape.deltaChoice(piece, null), includeUsage));
        }
        stream.send(chunk(id, shape, created, model, shape.deltaChoice(null, generation.finishReason),
                includeUsage));
        if (includeUsage) {
            ObjectNode last = header(id, shape.chunkObject(), created, model);
            last.putArray("choices");
            last.set("usage", usage);
            stream.send(last);
        }
        stream.done();
    }

    private static ObjectNode chunk(String id, Shape shape, long created, String model, ObjectNode choice,
                                    boolean includeUsage) {
        ObjectNode chunk = header(id, shape.chunkObject(), created, model);
        chunk.putArray("choices").add(choice);
        if (includeUsage) {
            chunk.putNull("usage");
        }
        return chunk;
    }

    private static ObjectNode header(String id, String object, long created, String model) {
        ObjectNode node = Json.object();
        node.put("id", id);
        node.put("object", object);
        node.put("created", created);
        node.put("model", model);
        node.put("system_fingerprint", "fp_taskgate_simulator");
        return node;
    }
}

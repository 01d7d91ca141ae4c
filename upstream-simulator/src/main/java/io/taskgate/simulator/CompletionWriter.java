package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

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

        ObjectNode choice(int index, Generation generation);

        /** First stream chunk's choice, or {@code null} when the shape has none. */
        ObjectNode roleChoice(int index);

        ObjectNode deltaChoice(int index, String piece, String finishReason);

        /** The stream chunks' choices of a tool call (none for shapes without tools). */
        default List<ObjectNode> toolCallDeltas(int index, ToolChoice.Call call) {
            return List.of();
        }
    }

    private CompletionWriter() {
    }

    /** One answer per generation ({@code n} choices), plain or streamed with the choices' chunks interleaved. */
    static void write(HttpExchange exchange, Shape shape, JsonNode request, Controls controls,
                      List<Generation> generations, int promptTokens) throws IOException {
        String id = Json.newId(shape.idPrefix());
        long created = Json.nowSeconds();
        String model = request.path("model").asText();
        int completionTokens = generations.stream().mapToInt(Generation::completionTokens).sum();
        ObjectNode usage = Json.usage(promptTokens, completionTokens);
        if (!request.path("stream").asBoolean(false)) {
            ObjectNode body = header(id, shape.object(), created, model);
            ArrayNode choices = body.putArray("choices");
            for (int i = 0; i < generations.size(); i++) {
                choices.add(shape.choice(i, generations.get(i)));
            }
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
        for (int i = 0; i < generations.size(); i++) {
            ObjectNode role = shape.roleChoice(i);
            if (role != null) {
                stream.send(chunk(id, shape, created, model, role, includeUsage));
            }
        }
        int longest = generations.stream().mapToInt(g -> g.pieces.size()).max().orElse(0);
        for (int step = 0; step < longest; step++) {
            for (int i = 0; i < generations.size(); i++) {
                List<String> pieces = generations.get(i).pieces;
                if (step < pieces.size()) {
                    stream.send(chunk(id, shape, created, model, shape.deltaChoice(i, pieces.get(step), null), includeUsage));
                }
            }
        }
        for (int i = 0; i < generations.size(); i++) {
            Generation generation = generations.get(i);
            if (generation.toolCall != null) {
                for (ObjectNode delta : shape.toolCallDeltas(i, generation.toolCall)) {
                    stream.send(chunk(id, shape, created, model, delta, includeUsage));
                }
            }
            stream.send(chunk(id, shape, created, model, shape.deltaChoice(i, null, generation.finishReason),
                    includeUsage));
        }
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

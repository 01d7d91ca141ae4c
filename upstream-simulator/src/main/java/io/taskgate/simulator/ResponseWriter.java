package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Writes a {@link Generation} as a Responses API object, or as its stream: {@code response.created},
 * {@code response.in_progress}, the output item's events (a message's {@code response.output_text.delta} per piece,
 * or a function call's arguments), then {@code response.completed} ({@code response.incomplete} when
 * {@code max_output_tokens} cut the answer) carrying the usage; every event names its type in an {@code event:}
 * line and carries a {@code sequence_number}; no {@code [DONE]} follows.
 */
final class ResponseWriter {

    private final JsonNode request;
    private final Generation generation;
    private final String id = Json.newId("resp");
    private final String itemId;
    private final long created = Json.nowSeconds();
    private final int promptTokens;
    private SseStream stream;
    private int sequence;

    private ResponseWriter(JsonNode request, Generation generation, int promptTokens) {
        this.request = request;
        this.generation = generation;
        this.promptTokens = promptTokens;
        this.itemId = Json.newId(generation.toolCall != null ? "fc" : "msg");
    }

    static void write(HttpExchange exchange, JsonNode request, Controls controls, Generation generation,
                      int promptTokens) throws IOException {
        ResponseWriter writer = new ResponseWriter(request, generation, promptTokens);
        if (!request.path("stream").asBoolean(false)) {
            ObjectNode body = writer.response(true);
            if (controls.truncateAfter() >= 0) {
                Http.sendTruncatedJson(exchange, 200, body, controls.truncateAfter());
            } else {
                Http.sendJson(exchange, 200, body);
            }
            return;
        }
        writer.stream = new SseStream(exchange, controls.chunkDelayMs(), controls.truncateAfter());
        writer.streamAll();
    }

    private void streamAll() throws IOException {
        send("response.created", Json.object().set("response", response(false)));
        send("response.in_progress", Json.object().set("response", response(false)));
        if (generation.toolCall != null) {
            ObjectNode item = functionCall("in_progress");
            item.put("arguments", "");
            send("response.output_item.added", Json.object().put("output_index", 0).set("item", item));
            send("response.function_call_arguments.delta", at(Json.object()).put("delta", generation.toolCall.arguments()));
            send("response.function_call_arguments.done", at(Json.object())
                    .put("name", generation.toolCall.name()).put("arguments", generation.toolCall.arguments()));
            send("response.output_item.done", Json.object().put("output_index", 0).set("item", functionCall("completed")));
        } else {
            send("response.output_item.added", Json.object().put("output_index", 0)
                    .set("item", message("in_progress", false)));
            send("response.content_part.added", at(Json.object()).put("content_index", 0).set("part", outputText("")));
            for (String piece : generation.pieces) {
                ObjectNode delta = at(Json.object()).put("content_index", 0).put("delta", piece);
                delta.putArray("logprobs");
                send("response.output_text.delta", delta);
            }
            ObjectNode done = at(Json.object()).put("content_index", 0).put("text", generation.text());
            done.putArray("logprobs");
            send("response.output_text.done", done);
            send("response.content_part.done", at(Json.object()).put("content_index", 0)
                    .set("part", outputText(generation.text())));
            send("response.output_item.done", Json.object().put("output_index", 0)
                    .set("item", message(status(), true)));
        }
        send(incomplete() ? "response.incomplete" : "response.completed", Json.object().set("response", response(true)));
        stream.end();
    }

    private ObjectNode at(ObjectNode event) {
        return event.put("item_id", itemId).put("output_index", 0);
    }

    private void send(String type, JsonNode data) throws IOException {
        ObjectNode event = Json.object().put("type", type).put("sequence_number", sequence++);
        event.setAll((ObjectNode) data);
        stream.send(type, event);
    }

    private boolean incomplete() {
        return "length".equals(generation.finishReason);
    }

    private String status() {
        return incomplete() ? "incomplete" : "completed";
    }

    /** The response object: whole ({@code done}) with its output and usage, or as it begins. */
    private ObjectNode response(boolean done) {
        ObjectNode response = Json.object();
        response.put("id", id);
        response.put("object", "response");
        response.put("created_at", created);
        response.put("status", done ? status() : "in_progress");
        response.put("background", false);
        response.putNull("error");
        if (done && incomplete()) {
            response.putObject("incomplete_details").put("reason", "max_output_tokens");
        } else {
            response.putNull("incomplete_details");
        }
        response.set("instructions", request.path("instructions").isTextual() ? request.get("instructions") : null);
        response.set("max_output_tokens", request.get("max_output_tokens"));
        response.put("model", request.path("model").asText());
        ArrayNode output = response.putArray("output");
        if (done) {
            output.add(generation.toolCall != null ? functionCall("completed") : message(status(), true));
        }
        response.put("parallel_tool_calls", true);
        response.putNull("previous_response_id");
        response.putObject("reasoning").putNull("effort").putNull("summary");
        response.put("temperature", request.path("temperature").asDouble(1.0));
        response.set("text", request.path("text").isObject() ? request.get("text")
                : Json.object().set("format", Json.object().put("type", "text")));
        response.set("tool_choice", request.has("tool_choice") ? request.get("tool_choice") : Json.MAPPER.valueToTree("auto"));
        response.set("tools", request.path("tools").isArray() ? request.get("tools") : Json.MAPPER.createArrayNode());
        response.put("top_p", request.path("top_p").asDouble(1.0));
        response.put("truncation", "disabled");
        response.set("usage", done ? usage() : null);
        response.putNull("user");
        response.putObject("metadata");
        return response;
    }

    private ObjectNode usage() {
        ObjectNode usage = Json.object();
        int output = generation.completionTokens();
        usage.put("input_tokens", promptTokens);
        usage.putObject("input_tokens_details").put("cached_tokens", 0);
        usage.put("output_tokens", output);
        usage.putObject("output_tokens_details").put("reasoning_tokens", 0);
        usage.put("total_tokens", promptTokens + output);
        return usage;
    }

    private ObjectNode message(String status, boolean withText) {
        ObjectNode item = Json.object();
        item.put("id", itemId);
        item.put("type", "message");
        item.put("status", status);
        item.put("role", "assistant");
        ArrayNode content = item.putArray("content");
        if (withText) {
            content.add(outputText(generation.text()));
        }
        return item;
    }

    private static ObjectNode outputText(String text) {
        ObjectNode part = Json.object();
        part.put("type", "output_text");
        part.put("text", text);
        part.putArray("annotations");
        part.putArray("logprobs");
        return part;
    }

    private ObjectNode functionCall(String status) {
        ObjectNode item = Json.object();
        item.put("id", itemId);
        item.put("type", "function_call");
        item.put("status", status);
        item.put("call_id", generation.toolCall.id());
        item.put("name", generation.toolCall.name());
        item.put("arguments", generation.toolCall.arguments());
        return item;
    }
}

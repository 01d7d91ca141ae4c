package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether an answer calls a tool instead of writing text: only when the request offers tools, its last turn is not
 * a tool's result, and either {@code tool_choice} requires one ({@code "required"}, or a named function) or the
 * request carries {@code [sim:tool-call=1]}. The call goes to the named tool, else the first; its arguments fill
 * the schema's properties with placeholders (strings {@code "simulated"}, numbers 1, booleans true).
 */
final class ToolChoice {

    static final String CONTROL = "tool-call";

    /** A call: its id, the function's name and its arguments as a JSON string. */
    record Call(String id, String name, String arguments) {
    }

    private ToolChoice() {
    }

    /** The call the answer makes, or null. {@code chatShape}: tools as chat's {@code {"function": {...}}}. */
    static Call decide(JsonNode request, boolean chatShape, boolean lastIsToolResult, Controls controls) {
        JsonNode tools = request.path("tools");
        JsonNode choice = request.path("tool_choice");
        if (lastIsToolResult || !tools.isArray() || tools.isEmpty() || "none".equals(choice.asText())) {
            return null;
        }
        String named = chatShape ? choice.path("function").path("name").asText(null) : choice.path("name").asText(null);
        boolean forced = named != null || "required".equals(choice.asText()) || controls.get(CONTROL, 0) > 0;
        if (!forced) {
            return null;
        }
        for (JsonNode tool : tools) {
            JsonNode function = chatShape ? tool.path("function") : tool;
            String name = function.path("name").asText("");
            if (!name.isEmpty() && (named == null || named.equals(name))) {
                return new Call(Json.newId("call"), name, arguments(function.path("parameters")));
            }
        }
        return null;
    }

    static String arguments(JsonNode schema) {
        ObjectNode arguments = Json.object();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            switch (property.getValue().path("type").asText("string")) {
                case "number", "integer" -> arguments.put(property.getKey(), 1);
                case "boolean" -> arguments.put(property.getKey(), true);
                case "string" -> arguments.put(property.getKey(), "simulated");
                default -> arguments.putNull(property.getKey());
            }
        }
        return arguments.toString();
    }
}

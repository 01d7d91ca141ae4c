package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/**
 * {@code POST /v1/responses}, OpenAI's Responses API, plain or streamed ({@code response.*} events, see
 * {@link ResponseWriter}). {@code input} is a string or an array of items (messages with string or part contents,
 * {@code function_call_output}); {@code instructions} and system or developer items carry the intent-marker contract
 * as system messages do for chat; {@code max_output_tokens}, tools ({@link ToolChoice}) and JSON mode
 * ({@code text.format}) as for chat.
 */
final class ResponsesEndpoint {

    static final ResponsesEndpoint INSTANCE = new ResponsesEndpoint();

    void handle(HttpExchange exchange, JsonNode request, Controls controls) throws IOException {
        Requests.requireModel(request);
        JsonNode input = request.get("input");
        if (input == null || !(input.isTextual() || (input.isArray() && !input.isEmpty()))) {
            throw SimulatorException.badRequest("'input' must be a string or a non-empty array of input items.", "input");
        }
        JsonNode instructions = request.path("instructions");
        StringBuilder system = new StringBuilder(instructions.isTextual() ? instructions.asText() + "\n" : "");
        long chars = system.length();
        String lastUser = input.isTextual() ? input.asText() : "";
        boolean lastIsToolResult = false;
        for (JsonNode item : input.isArray() ? input : List.<JsonNode>of()) {
            String role = item.path("role").asText("");
            String text = item.has("output") ? Json.contentText(item.get("output")) : Json.contentText(item.get("content"));
            chars += text.length();
            lastIsToolResult = "function_call_output".equals(item.path("type").asText());
            if (role.equals("user")) {
                lastUser = text;
            } else if (role.equals("system") || role.equals("developer")) {
                system.append(text).append('\n');
            }
        }
        chars += input.isTextual() ? input.asText().length() : 0;
        long maxTokens = Requests.maxTokens(request, "max_output_tokens");
        ToolChoice.Call call = ToolChoice.decide(request, false, lastIsToolResult, controls);
        int words = (int) controls.get(Controls.WORDS, Generation.DEFAULT_WORDS);
        Generation generation = call != null ? Generation.toolCall(call)
                : Requests.jsonMode(request.path("text").path("format")) ? Generation.json(lastUser, words, maxTokens)
                : Generation.create(lastUser, words, maxTokens, IntentMarker.pieces(system.toString(), lastUser));
        ResponseWriter.write(exchange, request, controls, generation, Json.tokensForChars(chars));
    }
}

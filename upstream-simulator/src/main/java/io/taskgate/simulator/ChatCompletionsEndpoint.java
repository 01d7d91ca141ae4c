package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/chat/completions}, plain or streamed: {@code n} choices, tool calls ({@link ToolChoice}) and
 * JSON mode ({@code response_format} {@code json_object} or {@code json_schema}).
 */
final class ChatCompletionsEndpoint implements CompletionWriter.Shape {

    static final ChatCompletionsEndpoint INSTANCE = new ChatCompletionsEndpoint();

    void handle(HttpExchange exchange, JsonNode request, Controls controls) throws IOException {
        Requests.requireModel(request);
        JsonNode messages = request.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw SimulatorException.badRequest("'messages' must be a non-empty array.", "messages");
        }
        long chars = 0;
        String lastUser = "";
        String lastRole = "";
        for (JsonNode message : messages) {
            String text = Json.contentText(message.get("content"));
            chars += text.length();
            lastRole = message.path("role").asText("");
            if ("user".equals(lastRole)) {
                lastUser = text;
            }
        }
        long maxTokens = Requests.maxTokens(request, "max_completion_tokens", "max_tokens");
        int n = Requests.intField(request, "n", 1, 1, 128);
        ToolChoice.Call call = ToolChoice.decide(request, true,
                lastRole.equals("tool") || lastRole.equals("function"), controls);
        boolean json = Requests.jsonMode(request.path("response_format"));
        List<String> marker = IntentMarker.pieces(IntentMarker.systemText(messages), lastUser);
        int words = (int) controls.get(Controls.WORDS, Generation.DEFAULT_WORDS);
        List<Generation> generations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String seed = i == 0 ? lastUser : lastUser + "#" + i;
            generations.add(call != null ? Generation.toolCall(call)
                    : json ? Generation.json(seed, words, maxTokens)
                    : Generation.create(seed, words, maxTokens, marker));
        }
        CompletionWriter.write(exchange, this, request, controls, generations, Json.tokensForChars(chars));
    }

    @Override
    public String idPrefix() {
        return "chatcmpl";
    }

    @Override
    public String object() {
        return "chat.completion";
    }

    @Override
    public String chunkObject() {
        return "chat.completion.chunk";
    }

    @Override
    public ObjectNode choice(int index, Generation generation) {
        ObjectNode choice = Json.object();
        choice.put("index", index);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        if (generation.toolCall != null) {
            message.putNull("content");
            message.putArray("tool_calls").add(toolCall(generation.toolCall, null));
        } else {
            message.put("content", generation.text());
        }
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", generation.finishReason);
        return choice;
    }

    private static ObjectNode toolCall(ToolChoice.Call call, Integer index) {
        ObjectNode node = Json.object();
        if (index != null) {
            node.put("index", index);
        }
        node.put("id", call.id());
        node.put("type", "function");
        ObjectNode function = node.putObject("function");
        function.put("name", call.name());
        function.put("arguments", call.arguments());
        return node;
    }

    @Override
    public ObjectNode roleChoice(int index) {
        ObjectNode choice = Json.object();
        choice.put("index", index);
        ObjectNode delta = choice.putObject("delta");
        delta.put("role", "assistant");
        delta.put("content", "");
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        return choice;
    }

    @Override
    public ObjectNode deltaChoice(int index, String piece, String finishReason) {
        ObjectNode choice = Json.object();
        choice.put("index", index);
        ObjectNode delta = choice.putObject("delta");
        if (piece != null) {
            delta.put("content", piece);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        return choice;
    }

    /** The call whole in one delta (its id, name and arguments), as a model that streams it fast would. */
    @Override
    public List<ObjectNode> toolCallDeltas(int index, ToolChoice.Call call) {
        ObjectNode choice = Json.object();
        choice.put("index", index);
        choice.putObject("delta").putArray("tool_calls").add(toolCall(call, 0));
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        return List.of(choice);
    }
}

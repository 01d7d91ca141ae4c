package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/** {@code POST /v1/chat/completions}, plain or streamed. */
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
        for (JsonNode message : messages) {
            String text = Json.contentText(message.get("content"));
            chars += text.length();
            if ("user".equals(message.path("role").asText())) {
                lastUser = text;
            }
        }
        long maxTokens = Requests.maxTokens(request, "max_completion_tokens", "max_tokens");
        List<String> marker = IntentMarker.pieces(IntentMarker.systemText(messages), lastUser);
        int words = (int) controls.get(Controls.WORDS, Generation.DEFAULT_WORDS);
        Generation generation = Generation.create(lastUser, words, maxTokens, marker);
        CompletionWriter.write(exchange, this, request, controls, generation, Json.tokensForChars(chars));
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
    public ObjectNode choice(String text, String finishReason) {
        ObjectNode choice = Json.object();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", text);
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        return choice;
    }

    @Override
    public ObjectNode roleChoice() {
        ObjectNode choice = Json.object();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        delta.put("role", "assistant");
        delta.put("content", "");
        choice.putNull("logprobs");
        choice.putNull("finish_reason");
        return choice;
    }

    @Override
    public ObjectNode deltaChoice(String piece, String finishReason) {
        ObjectNode choice = Json.object();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (piece != null) {
            delta.put("content", piece);
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        return choice;
    }
}

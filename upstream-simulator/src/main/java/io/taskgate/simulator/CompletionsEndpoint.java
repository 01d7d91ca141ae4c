package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/** Legacy {@code POST /v1/completions} ({@code prompt} string or array), plain or streamed. */
final class CompletionsEndpoint implements CompletionWriter.Shape {

    static final CompletionsEndpoint INSTANCE = new CompletionsEndpoint();

    void handle(HttpExchange exchange, JsonNode request, Controls controls) throws IOException {
        Requests.requireModel(request);
        Inputs prompt = Inputs.parse(request.get("prompt"), "prompt");
        long maxTokens = Requests.maxTokens(request, "max_tokens");
        int words = (int) controls.get(Controls.WORDS, Generation.DEFAULT_WORDS);
        Generation generation = Generation.create(prompt.last(), words, maxTokens, List.of());
        CompletionWriter.write(exchange, this, request, controls, List.of(generation), prompt.tokens);
    }

    @Override
    public String idPrefix() {
        return "cmpl";
    }

    @Override
    public String object() {
        return "text_completion";
    }

    @Override
    public String chunkObject() {
        return "text_completion";
    }

    @Override
    public ObjectNode choice(int index, Generation generation) {
        return choice(index, generation.text(), generation.finishReason);
    }

    private static ObjectNode choice(int index, String text, String finishReason) {
        ObjectNode choice = Json.object();
        choice.put("text", text);
        choice.put("index", index);
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        return choice;
    }

    @Override
    public ObjectNode roleChoice(int index) {
        return null;
    }

    @Override
    public ObjectNode deltaChoice(int index, String piece, String finishReason) {
        return choice(index, piece == null ? "" : piece, finishReason);
    }
}

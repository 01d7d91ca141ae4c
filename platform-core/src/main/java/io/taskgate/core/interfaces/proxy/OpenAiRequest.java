package io.taskgate.core.interfaces.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.ProxyExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A parsed OpenAI request body: the model, whether it streams, the prompt text and the body to forward.
 * For streams it asks the upstream for usage ({@code stream_options.include_usage}) when the client did not,
 * and remembers to hide the usage-only chunk from that client.
 */
public final class OpenAiRequest implements ProxyExchange.ProxyRequestBody {

    static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] original;
    private final ObjectNode json;
    private final boolean usageInjected;
    private boolean rewritten;
    private volatile boolean completionLimited;
    private String promptText;

    private OpenAiRequest(byte[] original, ObjectNode json, boolean usageInjected) {
        this.original = original;
        this.json = json;
        this.usageInjected = usageInjected;
    }

    /** Parses and validates a body; a problem comes back as the refusal the client should get. */
    public static OpenAiRequest parse(Endpoint endpoint, byte[] body) throws RefusalException {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            throw invalid("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw invalid("The request body must be a JSON object.");
        }
        ObjectNode json = (ObjectNode) node;
        JsonNode model = json.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            throw invalid("The request must name a model, e.g. \"model\": \"gpt-4o-mini\".");
        }
        requireField(endpoint, json);
        JsonNode stream = json.get("stream");
        if (stream != null && !stream.isBoolean() && !stream.isNull()) {
            throw invalid("\"stream\" must be true or false.");
        }
        boolean injected = false;
        if (stream != null && stream.asBoolean() && endpoint != Endpoint.EMBEDDINGS) {
            JsonNode options = json.get("stream_options");
            if (options == null || !options.isObject() || !options.path("include_usage").asBoolean(false)) {
                ObjectNode opts = options != null && options.isObject() ? (ObjectNode) options : json.putObject("stream_options");
                opts.put("include_usage", true);
                injected = true;
            }
        }
        return new OpenAiRequest(body, json, injected);
    }

    private static void requireField(Endpoint endpoint, ObjectNode json) throws RefusalException {
        switch (endpoint) {
            case CHAT_COMPLETIONS -> {
                if (!json.path("messages").isArray() || json.path("messages").isEmpty()) {
                    throw invalid("\"messages\" must be a non-empty array.");
                }
            }
            case COMPLETIONS -> {
                if (!json.has("prompt")) {
                    throw invalid("\"prompt\" is required.");
                }
            }
            case EMBEDDINGS -> {
                if (!json.has("input")) {
                    throw invalid("\"input\" is required.");
                }
            }
            default -> { }
        }
    }

    @Override
    public Optional<String> model() {
        return Optional.of(json.path("model").asText());
    }

    @Override
    public boolean streaming() {
        return json.path("stream").asBoolean(false);
    }

    /** Whether the gateway added {@code include_usage} and must hide the usage chunk from the client. */
    public boolean usageInjected() {
        return usageInjected;
    }

    @Override
    public Optional<Long> maxTokens() {
        JsonNode max = json.path("max_completion_tokens").canConvertToLong() ? json.get("max_completion_tokens")
                : json.get("max_tokens");
        return max != null && max.canConvertToLong() ? Optional.of(max.asLong()) : Optional.empty();
    }

    @Override
    public synchronized String promptText() {
        if (promptText == null) {
            promptText = PromptText.of(json);
        }
        return promptText;
    }

    @Override
    public String raw() {
        return new String(original, StandardCharsets.UTF_8);
    }

    /**
     * Adds a system message in front of the client's messages (chat only); the prompt text the stages see stays
     * the client's own.
     */
    public synchronized void prependSystemMessage(String content) {
        promptText();
        com.fasterxml.jackson.databind.node.ArrayNode messages = (com.fasterxml.jackson.databind.node.ArrayNode) json.get("messages");
        ObjectNode system = JSON.createObjectNode();
        system.put("role", "system");
        system.put("content", content);
        messages.insert(0, system);
        rewritten = true;
    }

    /**
     * Caps the completion at {@code maxTokens} when the client named no limit, so the upstream cannot produce more
     * than the gateway reserved: {@code max_completion_tokens} for chat (OpenAI's current field, the only one
     * reasoning models accept), {@code max_tokens} for legacy completions.
     */
    public synchronized void limitCompletion(Endpoint endpoint, long maxTokens) {
        json.put(endpoint == Endpoint.CHAT_COMPLETIONS ? "max_completion_tokens" : "max_tokens", maxTokens);
        completionLimited = true;
    }

    /** Whether the gateway added a completion limit the client did not ask for. */
    public boolean completionLimited() {
        return completionLimited;
    }

    /** The bytes to send upstream: the client's own unless the gateway changed the request. */
    public synchronized byte[] upstreamBody() {
        if (!usageInjected && !completionLimited && !rewritten) {
            return original;
        }
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }

    private static RefusalException invalid(String message) {
        return new RefusalException(Refusal.of(400, "invalid_request", message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

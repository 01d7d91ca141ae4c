package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.RefusalException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.ProxyExchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A parsed OpenAI request body: the model, whether it streams, the prompt text and the body to forward.
 * For streams it asks the upstream for usage ({@code stream_options.include_usage}) when the client did not,
 * and remembers to hide the usage-only chunk from that client.
 */
public final class OpenAiRequest implements io.taskgate.core.application.proxy.ClientRequest {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> COMPLETION_LIMITS = List.of("max_completion_tokens", "max_tokens");
    /** The completion limit of the Responses API. */
    static final String OUTPUT_LIMIT = "max_output_tokens";
    /** The model a moderation request that names none is checked and forwarded with (OpenAI's default). */
    static final String DEFAULT_MODERATION_MODEL = "omni-moderation-latest";

    private final Endpoint endpoint;
    private final byte[] original;
    private final String text;
    private final ObjectNode json;
    private final boolean usageInjected;
    private boolean rewritten;
    private volatile boolean completionLimited;
    private String promptText;
    private String assessedText;
    private String userTurnText;

    private OpenAiRequest(Endpoint endpoint, byte[] original, String text, ObjectNode json, boolean usageInjected) {
        this.endpoint = endpoint;
        this.original = original;
        this.text = text;
        this.json = json;
        this.usageInjected = usageInjected;
    }

    /**
     * Parses and validates a body; a problem comes back as the refusal the client should get. The body must be
     * strict UTF-8 (no overlong forms, lone continuation bytes, truncated sequences or encoded surrogates), one
     * JSON object without duplicate keys or trailing content, and its typed fields must hold values of their type
     * and range ({@link RequestFields}): the gateway and the upstream must read the same request.
     */
    public static OpenAiRequest parse(Endpoint endpoint, byte[] body) throws RefusalException {
        String text = strictUtf8(body);
        JsonNode node;
        try {
            node = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text); // a UTF-8 byte order mark
        } catch (IOException e) {
            throw invalid("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw invalid("The request body must be a JSON object.");
        }
        ObjectNode json = (ObjectNode) node;
        boolean defaulted = endpoint == Endpoint.MODERATIONS && (json.get("model") == null || json.get("model").isNull());
        if (defaulted) {
            // OpenAI's default: named in the forwarded body, so the model granted is the model used
            json.put("model", DEFAULT_MODERATION_MODEL);
        }
        JsonNode model = json.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            throw invalid("The request must name a model, e.g. \"model\": \"gpt-4o-mini\".");
        }
        requireField(endpoint, json);
        RequestFields.check(endpoint, json);
        JsonNode stream = json.get("stream");
        boolean injected = false;
        // a Responses stream reports usage in response.completed by itself, and knows no include_usage
        if (stream != null && stream.asBoolean()
                && (endpoint == Endpoint.CHAT_COMPLETIONS || endpoint == Endpoint.COMPLETIONS)) {
            JsonNode options = json.get("stream_options");
            if (options == null || !options.isObject() || !options.path("include_usage").asBoolean(false)) {
                ObjectNode opts = options != null && options.isObject() ? (ObjectNode) options : json.putObject("stream_options");
                opts.put("include_usage", true);
                injected = true;
            }
        }
        OpenAiRequest request = new OpenAiRequest(endpoint, body, text, json, injected);
        request.rewritten = defaulted;
        return request;
    }

    /** The body decoded as UTF-8, refusing any malformed byte sequence instead of replacing it. */
    private static String strictUtf8(byte[] body) throws RefusalException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid("The request body is not valid UTF-8 (" + firstLine(e.getMessage())
                    + "). Send JSON encoded as UTF-8.");
        }
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
            case EMBEDDINGS, MODERATIONS -> {
                if (!json.has("input")) {
                    throw invalid("\"input\" is required.");
                }
            }
            case RESPONSES -> {
                JsonNode input = json.path("input");
                if (!input.isTextual() && !(input.isArray() && !input.isEmpty())) {
                    throw RequestFields.invalid("input", "\"input\" is required: a string, or a non-empty array of"
                            + " input items (e.g. [{\"role\": \"user\", \"content\": \"...\"}]).");
                }
            }
            default -> { }
        }
    }

    @Override
    public Optional<String> model() {
        return Optional.of(json.path("model").asText());
    }

    /** Whether the answer streams: only endpoints that generate do; elsewhere {@code stream} is the upstream's to judge. */
    @Override
    public boolean streaming() {
        return endpoint.generates() && json.path("stream").asBoolean(false);
    }

    /** Whether the gateway added {@code include_usage} and must hide the usage chunk from the client. */
    public boolean usageInjected() {
        return usageInjected;
    }

    /**
     * The completion tokens asked for per choice: the larger of {@code max_completion_tokens} and
     * {@code max_tokens} when both are set (an upstream may honour either), empty when neither is.
     */
    @Override
    public synchronized Optional<Long> maxTokens() {
        if (endpoint == Endpoint.RESPONSES) {
            JsonNode value = json.get(OUTPUT_LIMIT);
            return value != null && value.isIntegralNumber() && value.canConvertToLong()
                    ? Optional.of(value.asLong()) : Optional.empty();
        }
        Long max = null;
        for (String field : COMPLETION_LIMITS) {
            JsonNode value = json.get(field);
            if (value != null && value.isIntegralNumber() && value.canConvertToLong()) {
                max = max == null ? value.asLong() : Math.max(max, value.asLong());
            }
        }
        return Optional.ofNullable(max);
    }

    /**
     * How many completions the upstream produces for this request: {@code n} (chat and legacy completions), or
     * {@code best_of} when larger (legacy completions generate that many server-side); 1 for other endpoints.
     */
    @Override
    public synchronized int choices() {
        if (endpoint != Endpoint.CHAT_COMPLETIONS && endpoint != Endpoint.COMPLETIONS) {
            return 1;
        }
        int choices = count(json.get("n"));
        return endpoint == Endpoint.COMPLETIONS ? Math.max(choices, count(json.get("best_of"))) : choices;
    }

    private static int count(JsonNode value) {
        return value != null && value.isIntegralNumber() && value.canConvertToInt() && value.asInt() > 1
                ? value.asInt() : 1;
    }

    @Override
    public synchronized String promptText() {
        if (promptText == null) {
            promptText = PromptText.of(json);
        }
        return promptText;
    }

    @Override
    public synchronized String assessedText() {
        if (assessedText == null) {
            assessedText = PromptText.newTurn(json);
        }
        return assessedText;
    }

    @Override
    public synchronized String userTurnText() {
        if (userTurnText == null) {
            userTurnText = PromptText.userTurn(json);
        }
        return userTurnText;
    }

    @Override
    public String raw() {
        return text;
    }

    /**
     * Adds a system message in front of the client's messages (chat only); the prompt text the stages see stays
     * the client's own.
     */
    public synchronized void prependSystemMessage(String content) {
        promptText();
        assessedText();
        userTurnText();
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
     * reasoning models accept), {@code max_output_tokens} for responses, {@code max_tokens} for legacy completions.
     */
    public synchronized void limitCompletion(Endpoint endpoint, long maxTokens) {
        json.put(limitField(endpoint), maxTokens);
        completionLimited = true;
    }

    /** The field that limits an endpoint's completion in a request the gateway forwards. */
    static String limitField(Endpoint endpoint) {
        return switch (endpoint) {
            case CHAT_COMPLETIONS -> "max_completion_tokens";
            case RESPONSES -> OUTPUT_LIMIT;
            default -> "max_tokens";
        };
    }

    /**
     * Appends to the request's {@code instructions} (the Responses API's system text), after any the client gave;
     * the prompt text the stages see stays the client's own.
     */
    public synchronized void appendInstructions(String content) {
        promptText();
        assessedText();
        userTurnText();
        JsonNode given = json.get("instructions");
        String own = given != null && given.isTextual() && !given.asText().isBlank() ? given.asText() : null;
        json.put("instructions", own == null ? content
                : own + io.taskgate.core.application.intent.ResponseAnswers.INSTRUCTION_SEPARATOR + content);
        rewritten = true;
    }

    /** Whether the gateway added a completion limit the client did not ask for. */
    @Override
    public int size() {
        return original.length;
    }


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

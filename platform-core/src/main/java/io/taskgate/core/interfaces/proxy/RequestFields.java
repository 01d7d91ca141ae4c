package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.RefusalException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;

import java.math.BigDecimal;

/**
 * Checks the typed fields of a request body the way OpenAI does, before the gateway reads any of them: a value of
 * the wrong type or outside its range is 400 {@code invalid_request} naming the field (also as the error's
 * {@code param}); {@code null} counts as "not given". Completion limits are bounded by
 * {@link #MAX_COMPLETION_TOKENS}, so the quota stage's arithmetic (tokens times choices, their price) cannot
 * overflow.
 */
final class RequestFields {

    /** The largest {@code max_tokens}/{@code max_completion_tokens} accepted; no model produces more at once. */
    static final long MAX_COMPLETION_TOKENS = 1_000_000;
    /** The largest {@code n}, as OpenAI. */
    static final long MAX_CHOICES = 128;
    /** The largest {@code best_of} of legacy completions, as OpenAI. */
    static final long MAX_BEST_OF = 20;

    private RequestFields() {
    }

    static void check(Endpoint endpoint, ObjectNode json) throws RefusalException {
        bool(json, "stream");
        if (endpoint == Endpoint.RESPONSES) {
            checkResponse(json);
            return;
        }
        if (endpoint != Endpoint.CHAT_COMPLETIONS && endpoint != Endpoint.COMPLETIONS) {
            return;
        }
        integer(json, "max_tokens", 1, MAX_COMPLETION_TOKENS);
        integer(json, "max_completion_tokens", 1, MAX_COMPLETION_TOKENS);
        integer(json, "n", 1, MAX_CHOICES);
        number(json, "temperature", 0, 2);
        number(json, "top_p", 0, 1);
        JsonNode options = json.get("stream_options");
        if (options != null && !options.isNull()) {
            if (!options.isObject()) {
                throw wrongType("stream_options", "an object", options);
            }
            bool((ObjectNode) options, "include_usage", "stream_options.include_usage");
        }
        if (endpoint == Endpoint.CHAT_COMPLETIONS) {
            bool(json, "logprobs");
            integer(json, "top_logprobs", 0, 20);
        } else {
            integer(json, "logprobs", 0, 5);
            integer(json, "best_of", 1, MAX_BEST_OF);
        }
    }

    /** The Responses API's typed fields: its completion limit, sampling, instructions and tools. */
    private static void checkResponse(ObjectNode json) throws RefusalException {
        integer(json, "max_output_tokens", 1, MAX_COMPLETION_TOKENS);
        number(json, "temperature", 0, 2);
        number(json, "top_p", 0, 1);
        integer(json, "top_logprobs", 0, 20);
        JsonNode instructions = json.get("instructions");
        if (instructions != null && !instructions.isNull() && !instructions.isTextual()) {
            throw wrongType("instructions", "a string", instructions);
        }
        JsonNode tools = json.get("tools");
        if (tools != null && !tools.isNull() && !tools.isArray()) {
            throw wrongType("tools", "an array", tools);
        }
    }

    private static void bool(ObjectNode json, String field) throws RefusalException {
        bool(json, field, field);
    }

    private static void bool(ObjectNode json, String field, String name) throws RefusalException {
        JsonNode value = json.get(field);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            throw wrongType(name, "a boolean", value);
        }
    }

    private static void integer(ObjectNode json, String field, long min, long max) throws RefusalException {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isIntegralNumber()) {
            throw wrongType(field, "an integer", value);
        }
        range(field, "integer", value.decimalValue(), min, max, value.asText());
    }

    private static void number(ObjectNode json, String field, long min, long max) throws RefusalException {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isNumber()) {
            throw wrongType(field, "a number", value);
        }
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            throw invalid(field, "Invalid '" + field + "': the number is too large. Expected a value <= " + max + ".");
        }
        range(field, "decimal", value.decimalValue(), min, max, value.asText());
    }

    private static void range(String field, String kind, BigDecimal value, long min, long max, String shown)
            throws RefusalException {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw invalid(field, "Invalid '" + field + "': " + kind + " below minimum value. Expected a value >= "
                    + min + ", but got " + abbreviated(shown) + " instead.");
        }
        if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(field, "Invalid '" + field + "': " + kind + " above maximum value. Expected a value <= "
                    + max + ", but got " + abbreviated(shown) + " instead.");
        }
    }

    private static RefusalException wrongType(String field, String expected, JsonNode value) {
        return invalid(field, "Invalid type for '" + field + "': expected " + expected + ", but got "
                + describe(value) + " instead.");
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        return value.isNumber() ? "a decimal number" : "a " + value.getNodeType().name().toLowerCase();
    }

    private static String abbreviated(String shown) {
        return shown.length() <= 40 ? shown : shown.substring(0, 37) + "...";
    }

    static RefusalException invalid(String field, String message) {
        return new RefusalException(Refusal.of(400, "invalid_request", message).withParam(field));
    }
}

package io.taskgate.api.pipeline;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal as the client will see it: HTTP status plus the OpenAI error body
 * {@code {"error":{"message","type","param","code"}}} and optional response headers (e.g. Retry-After).
 * {@code param} names the request field the refusal is about ({@code null} when it is about none).
 */
public record Refusal(int status, String type, String code, String message, Map<String, String> headers,
                      String param) {

    public Refusal {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A refusal needs a 4xx or 5xx status, got " + status);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A refusal about no particular request field (the form before {@code param} existed). */
    public Refusal(int status, String type, String code, String message, Map<String, String> headers) {
        this(status, type, code, message, headers, null);
    }

    public static Refusal of(int status, String code, String message) {
        return new Refusal(status, typeFor(status), code, message, Map.of(), null);
    }

    public Refusal withHeader(String name, String value) {
        var copy = new java.util.LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Refusal(status, type, code, message, copy, param);
    }

    /** The same refusal naming the request field it is about, e.g. {@code max_tokens}. */
    public Refusal withParam(String field) {
        return new Refusal(status, type, code, message, headers, field);
    }

    /** The OpenAI error type conventionally used for a status. */
    public static String typeFor(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }
}

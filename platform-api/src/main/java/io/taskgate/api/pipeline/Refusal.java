package io.taskgate.api.pipeline;

import java.util.Map;
import java.util.Objects;

/**
 * A refusal as the client will see it: HTTP status plus the OpenAI error body
 * {@code {"error":{"message","type","code"}}} and optional response headers (e.g. Retry-After).
 */
public record Refusal(int status, String type, String code, String message, Map<String, String> headers) {

    public Refusal {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A refusal needs a 4xx or 5xx status, got " + status);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static Refusal of(int status, String code, String message) {
        return new Refusal(status, typeFor(status), code, message, Map.of());
    }

    public Refusal withHeader(String name, String value) {
        var copy = new java.util.LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Refusal(status, type, code, message, copy);
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

package io.taskgate.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Method, bearer-key and JSON checks shared by the {@code /v1} routes. */
final class Guard {

    private Guard() {
    }

    static void get(HttpExchange exchange, String method, String path, String apiKey) {
        allow(method, "GET", path);
        authorize(exchange, apiKey);
    }

    /** Checks method and key, then parses the body as a JSON object. */
    static JsonNode post(HttpExchange exchange, String method, String path, byte[] body, String apiKey) {
        allow(method, "POST", path);
        authorize(exchange, apiKey);
        JsonNode request;
        try {
            request = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SimulatorException(400, "We could not parse the JSON body of your request: "
                    + e.getOriginalMessage(), "invalid_request_error", "invalid_json");
        } catch (IOException e) {
            throw new SimulatorException(400, "Unreadable request body", "invalid_request_error", "invalid_json");
        }
        if (request == null || !request.isObject()) {
            throw new SimulatorException(400, "The request body must be a JSON object.",
                    "invalid_request_error", "invalid_json");
        }
        return request;
    }

    /** Scans control tokens and applies delay / simulated status before any response is written. */
    static Controls controls(JsonNode request) {
        Controls controls = Controls.scan(request);
        controls.applyBeforeResponse();
        return controls;
    }

    static void authorize(HttpExchange exchange, String apiKey) {
        String value = exchange.getRequestHeaders().getFirst("Authorization");
        if (value == null || value.length() <= 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)
                || !value.substring(7).trim().equals(apiKey)) {
            throw SimulatorException.invalidApiKey();
        }
    }

    static void allow(String method, String allowed, String path) {
        if (!allowed.equals(method)) {
            throw new SimulatorException(405, "Method " + method + " not allowed for " + path + "; use " + allowed,
                    "invalid_request_error", "method_not_allowed", null, Map.of("Allow", allowed));
        }
    }

    /** Request headers with lower-case names; repeated values joined by {@code ", "}. */
    static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
            headers.put(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()));
        }
        return headers;
    }
}

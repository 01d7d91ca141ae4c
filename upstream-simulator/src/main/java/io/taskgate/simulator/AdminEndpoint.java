package io.taskgate.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** {@code /_simulator/requests} (GET lists, DELETE clears) and {@code /_simulator/health}; no auth. */
final class AdminEndpoint {

    private AdminEndpoint() {
    }

    static void handle(HttpExchange exchange, String method, String path, RequestLog log) throws IOException {
        if (path.equals("/_simulator/requests")) {
            if (method.equals("GET")) {
                Http.sendJson(exchange, 200, log.toJson());
            } else if (method.equals("DELETE")) {
                log.clear();
                Http.sendNoContent(exchange);
            } else {
                throw new SimulatorException(405, "Use GET or DELETE on " + path, "invalid_request_error",
                        "method_not_allowed", null, Map.of("Allow", "GET, DELETE"));
            }
        } else if (path.equals("/_simulator/health")) {
            Http.sendJson(exchange, 200, Json.object().put("status", "UP").put("simulator", true));
        } else {
            throw SimulatorException.notFound("Unknown simulator admin URL: " + path, "unknown_url");
        }
    }
}

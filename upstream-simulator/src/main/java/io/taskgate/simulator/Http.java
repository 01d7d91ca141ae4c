package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes complete (Content-Length) JSON responses. */
final class Http {

    private Http() {
    }

    static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.close();
    }

    /**
     * Sends only the first {@code keep} bytes of the JSON (at most all but its last byte, so it is always cut off),
     * with a matching Content-Length: the HTTP message is whole, its JSON is not.
     */
    static void sendTruncatedJson(HttpExchange exchange, int status, JsonNode body, long keep) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        int length = (int) Math.max(0, Math.min(keep, bytes.length - 1L));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, length);
        out.close();
    }

    static void sendNoContent(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
    }

    static void sendError(HttpExchange exchange, SimulatorException error) throws IOException {
        error.headers.forEach(exchange.getResponseHeaders()::set);
        sendJson(exchange, error.status, errorBody(error.getMessage(), error.type, error.code, error.param));
    }

    static ObjectNode errorBody(String message, String type, String code, String param) {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        error.put("param", param);
        error.put("code", code);
        return root;
    }
}

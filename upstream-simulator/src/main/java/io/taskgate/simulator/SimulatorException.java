package io.taskgate.simulator;

import java.util.Map;

/** An error the simulator answers in OpenAI's {@code {"error":{...}}} format. */
final class SimulatorException extends RuntimeException {

    final int status;
    final String type;
    final String code;
    final String param;
    final Map<String, String> headers;

    SimulatorException(int status, String message, String type, String code, String param,
                       Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.headers = headers;
    }

    SimulatorException(int status, String message, String type, String code) {
        this(status, message, type, code, null, Map.of());
    }

    static SimulatorException badRequest(String message, String param) {
        return new SimulatorException(400, message, "invalid_request_error", "invalid_request", param, Map.of());
    }

    static SimulatorException invalidApiKey() {
        return new SimulatorException(401, "Incorrect API key provided", "invalid_request_error",
                "invalid_api_key");
    }

    static SimulatorException notFound(String message, String code) {
        return new SimulatorException(404, message, "invalid_request_error", code);
    }

    /** The error requested by a {@code [sim:status=N]} control token. */
    static SimulatorException simulated(int status, long retryAfterSeconds) {
        if (status == 429) {
            return new SimulatorException(429, "Rate limit reached (simulated by the Taskgate upstream simulator)",
                    "requests", "rate_limit_exceeded", null,
                    Map.of("Retry-After", Long.toString(retryAfterSeconds < 0 ? 7 : retryAfterSeconds)));
        }
        Map<String, String> headers = retryAfterSeconds < 0
                ? Map.of() : Map.of("Retry-After", Long.toString(retryAfterSeconds));
        if (status >= 500) {
            return new SimulatorException(status,
                    "The server had an error while processing your request (simulated status " + status + ")",
                    "server_error", "server_error", null, headers);
        }
        return new SimulatorException(status, "Simulated error status " + status, "invalid_request_error",
                "simulated_error", null, headers);
    }
}

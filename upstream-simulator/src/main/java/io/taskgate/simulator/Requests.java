package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** Validation helpers for request bodies. */
final class Requests {

    private Requests() {
    }

    static String requireModel(JsonNode request) {
        JsonNode model = request.get("model");
        if (model == null || !model.isTextual() || model.textValue().isBlank()) {
            throw SimulatorException.badRequest("you must provide a model parameter", "model");
        }
        return model.textValue();
    }

    /** The first present cap among {@code fields}, or -1; must be a positive integer. */
    static long maxTokens(JsonNode request, String... fields) {
        for (String field : fields) {
            JsonNode value = request.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isIntegralNumber() || value.asLong() < 1) {
                throw SimulatorException.badRequest("'" + field + "' must be an integer of at least 1.", field);
            }
            return value.asLong();
        }
        return -1;
    }

    /** Integer field within [min, max], or {@code defaultValue} when absent. */
    static int intField(JsonNode request, String field, int defaultValue, int min, int max) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw SimulatorException.badRequest(
                    "'" + field + "' must be an integer between " + min + " and " + max + ".", field);
        }
        return value.asInt();
    }

    /** Whether a {@code response_format} (chat) or {@code text.format} (responses) asks for JSON. */
    static boolean jsonMode(JsonNode format) {
        String type = format.path("type").asText("");
        return type.equals("json_object") || type.equals("json_schema");
    }
}

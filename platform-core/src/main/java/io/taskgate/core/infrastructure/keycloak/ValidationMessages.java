package io.taskgate.core.infrastructure.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Keycloak's error bodies in words: {@code {"field":"username","errorMessage":"error-invalid-length",
 * "params":["username",3,255]}}, {@code {"errors":[...]}} (several fields), {@code {"errorMessage":"..."}} or
 * OAuth's {@code {"error":"...","error_description":"..."}}.
 */
final class ValidationMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValidationMessages() {
    }

    static String describe(String body) {
        JsonNode root = parse(body);
        if (root == null) {
            return text(body);
        }
        List<String> parts = new ArrayList<>();
        if (root.path("errors").isArray()) {
            root.path("errors").forEach(e -> parts.add(fieldError(e)));
        } else if (root.has("errorMessage")) {
            parts.add(fieldError(root));
        } else if (root.has("error_description") || root.has("error")) {
            parts.add(root.path("error_description").asText(root.path("error").asText()));
        }
        return parts.isEmpty() ? text(body) : String.join("; ", parts);
    }

    /** The {@code errorMessage} of a body, else the body itself, shortened. */
    static String text(String body) {
        JsonNode root = parse(body);
        if (root != null && root.has("errorMessage")) {
            return root.path("errorMessage").asText();
        }
        if (body == null || body.isBlank()) {
            return "no details";
        }
        String s = body.strip();
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static String fieldError(JsonNode error) {
        String field = error.path("field").asText("");
        String key = error.path("errorMessage").asText("");
        JsonNode params = error.path("params");
        String what = switch (key) {
            case "error-invalid-length" -> params.size() >= 3
                    ? "must be " + params.get(1).asText() + " to " + params.get(2).asText() + " characters long"
                    : "has an invalid length";
            case "error-username-invalid-character", "error-invalid-username" ->
                    "contains characters that are not allowed (use letters, digits and . _ - @)";
            case "error-invalid-email", "invalidEmailMessage" -> "is not a valid email address";
            case "error-user-attribute-required", "missingUsernameMessage", "missingEmailMessage" -> "is required";
            case "error-username-invalid-homograph" -> "mixes alphabets in a way that can impersonate another name";
            default -> key.isEmpty() ? "is not valid" : key;
        };
        return field.isEmpty() ? what : field + " " + what;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }
}

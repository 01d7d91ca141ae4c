package io.taskgate.core.application.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Refusal;

/**
 * The OpenAI error format, {@code {"error":{"message","type","param","code"}}}, the one shape of every refusal the
 * gateway gives on {@code /v1} and {@code /api} and of the upstream errors it passes on; {@code param} is the request
 * field the refusal names, or null. Transport writes it ({@code interfaces.http.OpenAiErrors}).
 */
public final class OpenAiErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiErrorBody() {
    }

    public static byte[] of(Refusal refusal) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", refusal.message());
        error.put("type", refusal.type());
        if (refusal.param() == null) {
            error.putNull("param");
        } else {
            error.put("param", refusal.param());
        }
        error.put("code", refusal.code());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error of strings is always serialisable", e);
        }
    }
}

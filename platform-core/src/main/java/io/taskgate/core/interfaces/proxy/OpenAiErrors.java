package io.taskgate.core.interfaces.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Refusal;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Renders refusals in the OpenAI error format {@code {"error":{"message","type","param","code"}}}; {@code param}
 * is the request field the refusal names, or null.
 */
public final class OpenAiErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenAiErrors() {
    }

    public static byte[] body(Refusal refusal) {
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
            throw new IllegalStateException(e);
        }
    }

    public static Response response(Refusal refusal) {
        Response.ResponseBuilder builder = Response.status(refusal.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(refusal));
        refusal.headers().forEach(builder::header);
        return builder.build();
    }
}

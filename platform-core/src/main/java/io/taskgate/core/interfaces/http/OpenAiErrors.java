package io.taskgate.core.interfaces.http;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.errors.OpenAiErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Writes refusals as HTTP answers in the OpenAI error format ({@link OpenAiErrorBody}), with the refusal's headers. */
public final class OpenAiErrors {

    private OpenAiErrors() {
    }

    public static byte[] body(Refusal refusal) {
        return OpenAiErrorBody.of(refusal);
    }

    public static Response response(Refusal refusal) {
        Response.ResponseBuilder builder = Response.status(refusal.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(refusal));
        refusal.headers().forEach(builder::header);
        return builder.build();
    }
}

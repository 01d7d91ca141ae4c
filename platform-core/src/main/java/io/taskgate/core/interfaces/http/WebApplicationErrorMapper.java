package io.taskgate.core.interfaces.http;

import io.taskgate.core.interfaces.http.OpenAiErrors;

import io.taskgate.api.pipeline.Refusal;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, ...) in the OpenAI error format. */
@Provider
public class WebApplicationErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getResponse() != null && e.getResponse().hasEntity()) {
            return e.getResponse(); // already an OpenAI-format answer
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Refusal refusal;
        if (e instanceof NotFoundException) {
            refusal = Refusal.of(404, "unknown_endpoint", "No such endpoint. The API is described at /openapi.");
        } else if (e instanceof NotAllowedException) {
            refusal = Refusal.of(405, "method_not_allowed", "This endpoint does not accept that HTTP method.");
        } else if (e instanceof NotSupportedException) {
            refusal = Refusal.of(415, "unsupported_media_type", "Send the request body as application/json.");
        } else if (status >= 400 && status < 600) {
            refusal = Refusal.of(status, "invalid_request", e.getMessage() == null ? "Request refused." : e.getMessage());
        } else {
            return e.getResponse();
        }
        return OpenAiErrors.response(refusal);
    }
}

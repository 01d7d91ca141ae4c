package io.taskgate.core.interfaces.http;

import io.taskgate.core.interfaces.http.WebApplicationErrorMapper;

import io.taskgate.core.interfaces.http.OpenAiErrors;

import io.taskgate.core.application.proxy.DatabaseOutage;

import io.taskgate.api.pipeline.Refusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: logged with an incident id, answered as a 500 in the OpenAI format, never a stack trace. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException wae) {
            return new WebApplicationErrorMapper().toResponse(wae);
        }
        if (unreadableBody(e)) {
            return OpenAiErrors.response(Refusal.of(400, "invalid_request",
                    "The request body is not valid JSON of the shape this endpoint expects. See /openapi."));
        }
        if (DatabaseOutage.causedBy(e)) {
            LOG.log(Level.WARNING, "Database unavailable: " + e);
            return OpenAiErrors.response(DatabaseOutage.refusal());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return OpenAiErrors.response(Refusal.of(500, "internal_error",
                "The gateway failed unexpectedly (incident " + incident + "). Tell the operator."));
    }

    private static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }
}

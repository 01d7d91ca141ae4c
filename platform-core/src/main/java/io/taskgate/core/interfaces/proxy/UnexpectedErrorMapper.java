package io.taskgate.core.interfaces.proxy;

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
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return OpenAiErrors.response(Refusal.of(500, "internal_error",
                "The gateway failed unexpectedly (incident " + incident + "). Tell the operator."));
    }
}

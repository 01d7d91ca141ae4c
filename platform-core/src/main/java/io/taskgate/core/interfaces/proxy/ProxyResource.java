package io.taskgate.core.interfaces.proxy;

import io.taskgate.api.pipeline.Endpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;

/** The OpenAI-compatible surface. Any OpenAI SDK works with the base URL {@code <gateway>/v1} and an X-Task-Id header. */
@Path("v1")
@ApplicationScoped
@Tag(name = "proxy", description = "OpenAI-compatible endpoints; every call names its task in X-Task-Id")
public class ProxyResource {

    static final String TASK_HEADER = "X-Task-Id";

    @Inject
    ProxyHandler handler;

    @POST
    @Path("chat/completions")
    @Operation(summary = "Chat completion, plain or streamed (stream: true)")
    public Response chatCompletions(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                    @HeaderParam(TASK_HEADER) String task, InputStream body) {
        return handler.handle(Endpoint.CHAT_COMPLETIONS, auth, task, body);
    }

    @POST
    @Path("completions")
    @Operation(summary = "Legacy text completion, plain or streamed")
    public Response completions(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                @HeaderParam(TASK_HEADER) String task, InputStream body) {
        return handler.handle(Endpoint.COMPLETIONS, auth, task, body);
    }

    @POST
    @Path("embeddings")
    @Operation(summary = "Embeddings")
    public Response embeddings(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                               @HeaderParam(TASK_HEADER) String task, InputStream body) {
        return handler.handle(Endpoint.EMBEDDINGS, auth, task, body);
    }

    @GET
    @Path("models")
    @Operation(summary = "The models the caller may use")
    public Response models(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                           @HeaderParam(TASK_HEADER) String task) {
        return handler.handle(Endpoint.MODELS, auth, task, InputStream.nullInputStream());
    }
}

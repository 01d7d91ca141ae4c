package io.taskgate.core.infrastructure.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * MicroProfile REST Client for the upstream, streams included: a stream method returns at the response headers
 * and its entity, read as an {@code InputStream}, yields each server-sent event as it arrives. It names itself in
 * {@code User-Agent} (which also spares Jersey formatting its own on every call), and Payara's client tracing is
 * switched off for it in {@code microprofile-config.properties} (a span per upstream call, exported nowhere).
 */
@Path("/")
@ClientHeaderParam(name = "User-Agent", value = "Taskgate-Gateway")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface OpenAiUpstreamClient {

    @POST
    @Path("chat/completions")
    Response chatCompletions(byte[] body);

    @POST
    @Path("completions")
    Response completions(byte[] body);

    @POST
    @Path("responses")
    Response responses(byte[] body);

    /** A streamed response ({@code response.*} events), read as it arrives like a chat stream. */
    @POST
    @Path("responses")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Response responsesStream(byte[] body);

    @POST
    @Path("embeddings")
    Response embeddings(byte[] body);

    /** A streamed chat completion: the response comes back at its headers; its entity is read as it arrives. */
    @POST
    @Path("chat/completions")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Response chatCompletionsStream(byte[] body);

    @POST
    @Path("completions")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Response completionsStream(byte[] body);

    @POST
    @Path("moderations")
    Response moderations(byte[] body);

    @GET
    @Path("models")
    Response models();
}

package io.taskgate.core.interfaces.proxy;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes the {@code /v1} endpoints in the OpenAPI document. They are served by {@link ProxyServlet}, which
 * annotation scanning cannot see, so this model reader (configured as {@code mp.openapi.model.reader}) adds them.
 */
public class ProxyApiDocumentation implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        OpenAPI api = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("Taskgate").version("0.1.0").description(
                        "OpenAI-compatible gateway with task-scoped access. Point any OpenAI SDK at <gateway>/v1, use a "
                                + "Keycloak access token or a personal API key (tg_...) as the API key, and name the task of "
                                + "every call in the X-Task-Id header. Refusals use the OpenAI error format."))
                .paths(OASFactory.createPaths());
        api.getPaths()
                .addPathItem("/v1/chat/completions", post("Chat completion, plain or streamed (stream: true, server-sent events)"))
                .addPathItem("/v1/responses", post("Responses API, plain or streamed (stream: true, response.* events);"
                        + " endpoint grant 'responses'"))
                .addPathItem("/v1/completions", post("Legacy text completion, plain or streamed"))
                .addPathItem("/v1/embeddings", post("Embeddings"))
                .addPathItem("/v1/moderations", post("Moderation, passed to the upstream's; endpoint grant 'moderations'"))
                .addPathItem("/v1/models", OASFactory.createPathItem().GET(operation("The models the caller may use")));
        return api;
    }

    private static PathItem post(String summary) {
        Operation operation = operation(summary).requestBody(OASFactory.createRequestBody().required(true)
                .content(json(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .description("The OpenAI request body"))));
        return OASFactory.createPathItem().POST(operation);
    }

    private static Operation operation(String summary) {
        Parameter task = OASFactory.createParameter().name("X-Task-Id").in(Parameter.In.HEADER).required(true)
                .description("The task this call is for; it must be assigned to the caller.")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^[A-Za-z0-9._-]{1,64}$"));
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", response("The upstream's answer (JSON, or text/event-stream when streaming)"))
                .addAPIResponse("400", response("missing_task_id, invalid_task_id, invalid_request"))
                .addAPIResponse("401", response("missing_credentials, invalid_token, invalid_api_key"))
                .addAPIResponse("403", response("task_not_allowed, endpoint_not_allowed, model_not_allowed"))
                .addAPIResponse("413", response("request_too_large"))
                .addAPIResponse("429", response("The upstream's rate limit, passed on with its Retry-After"))
                .addAPIResponse("502", response("upstream_error"))
                .addAPIResponse("504", response("upstream_timeout"));
        return OASFactory.createOperation().addTag("proxy").summary(summary).addParameter(task).responses(responses);
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description);
    }

    private static Content json(Schema schema) {
        MediaType media = OASFactory.createMediaType().schema(schema);
        return OASFactory.createContent().addMediaType("application/json", media);
    }
}

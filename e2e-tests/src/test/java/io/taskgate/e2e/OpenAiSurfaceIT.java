package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.PermissionDeniedException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.moderations.ModerationCreateParams;
import com.openai.models.moderations.ModerationCreateResponse;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Ledger;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Today's OpenAI API surface through the gateway with the official Java SDK: {@code /v1/responses} plain and
 * streamed, {@code /v1/moderations}, tool calls, JSON mode, images and {@code n > 1}, each checked in the ledger and
 * against the member's quota; an unknown path and bad bodies are answered in OpenAI JSON. Carol (acme-docs) is
 * granted {@code responses}, {@code moderations} and a daily token quota for the class, and given her grants back
 * after it; bob keeps the demo grants, which do not include {@code responses}.
 */
@ExtendWith(StackExtension.class)
class OpenAiSurfaceIT {

    static final String CAROL = "/api/tenants/acme/members/carol";
    static final String TASK = "acme-docs";
    static final long DAILY_TOKENS = 500_000;
    static final String QUOTA_HEADER = "X-Quota-Remaining-Tokens";
    static JsonNode carolBefore;

    static TestStack stack() {
        return TestStack.current();
    }

    static String gateway() {
        return stack().h2Gateway().baseUrl();
    }

    /** Alice on the H2 gateway and on the first PostgreSQL gateway (each has its own database). */
    static List<AdminApi> owners() {
        String token = stack().token("alice");
        return List.of(new AdminApi(gateway(), token), new AdminApi(stack().postgresGateway().baseUrl(), token));
    }

    @BeforeAll
    static void grantCarolTheNewEndpoints() {
        carolBefore = expect(200, AdminApi.as("alice").get(CAROL));
        for (AdminApi alice : owners()) {
            expect(200, alice.json("PATCH", CAROL, "{\"endpoints\":[\"chat.completions\",\"responses\",\"moderations\","
                    + "\"models\"],\"models\":[\"gpt-4o-mini\",\"omni-moderation-latest\"]}"));
            expect(200, alice.json("PUT", CAROL + "/limits", "{\"dailyTokens\":" + DAILY_TOKENS + "}"));
        }
    }

    @AfterAll
    static void giveCarolHerGrantsBack() {
        for (AdminApi alice : owners()) {
            expect(200, alice.json("PATCH", CAROL, "{\"endpoints\":" + carolBefore.path("endpoints")
                    + ",\"models\":" + carolBefore.path("models") + "}"));
            expect(200, alice.json("PUT", CAROL + "/limits", carolBefore.path("limits").toString()));
        }
    }

    /** The SDK as a coding agent configures it: base URL naming the task, the person's token as key. */
    static OpenAIClient sdk(String user) {
        return sdk(gateway(), user);
    }

    static OpenAIClient sdk(String base, String user) {
        return OpenAIOkHttpClient.builder().baseUrl(base + "/t/" + TASK + "/v1").apiKey(stack().token(user))
                .maxRetries(0).build();
    }

    /** Carol's daily token counter on the PostgreSQL gateways: used and still reserved. */
    static long[] dailyCounter() throws Exception {
        var pg = stack().postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(used), 0), COALESCE(SUM(reserved), 0)"
                     + " FROM quota_counter WHERE member_key = 'acme/carol' AND metric = 'tokens:day'");
             ResultSet rows = s.executeQuery()) {
            rows.next();
            return new long[]{rows.getLong(1), rows.getLong(2)};
        }
    }

    /** The counter once no reservation is left open (every answer settled), within 10 s. */
    static long settledTokens() {
        return Polling.until("no reservation left unsettled", Duration.ofSeconds(10), OpenAiSurfaceIT::dailyCounter,
                counter -> counter[1] == 0)[0];
    }

    static JsonNode ledgerRow(HttpResponseFor<?> response) {
        return Ledger.row(gateway(), stack().token("carol"), response.headers().values("X-Request-Id").get(0));
    }

    static long remaining(HttpResponseFor<?> response) {
        return Long.parseLong(response.headers().values(QUOTA_HEADER).get(0));
    }

    static String text(Response response) {
        StringBuilder text = new StringBuilder();
        response.output().forEach(item -> item.message().ifPresent(message -> message.content()
                .forEach(part -> part.outputText().ifPresent(t -> text.append(t.text())))));
        return text.toString();
    }

    static JsonValue schema() {
        return JsonValue.from(Map.of("type", "object", "properties", Map.of("page", Map.of("type", "string"))));
    }

    @Test
    void aPlainResponseIsAnsweredWithoutTheMarkerAndMetered() {
        ResponseCreateParams params = ResponseCreateParams.builder().model("gpt-4o-mini")
                .instructions("Answer briefly.").input("Update the README install section [sim:words=4]").build();

        HttpResponseFor<Response> second = sdk("carol").responses().withRawResponse().create(params);

        Response response = second.parse();
        assertTrue(text(response).startsWith("Simulated answer: "), text(response));
        assertFalse(text(response).contains("<<intent-"), text(response));
        assertEquals("Answer briefly.", response.instructions().orElseThrow().asString(),
                "the echoed instructions are the client's own");
        ResponseUsage usage = response.usage().orElseThrow();
        assertTrue(remaining(second) < DAILY_TOKENS, "the member's quota applies: " + remaining(second));
        JsonNode row = ledgerRow(second);
        assertEquals("responses", row.path("endpoint").asText());
        assertEquals(200, row.path("status").asInt());
        assertEquals("doc", row.path("intent").asText(), "the marker went into the instructions and came back");
        assertEquals(usage.inputTokens(), row.path("promptTokens").asLong());
        assertEquals(usage.outputTokens(), row.path("completionTokens").asLong());
        assertFalse(row.path("streamed").asBoolean());
    }

    @Test
    void aStreamedResponseRelaysResponseEventsWithoutTheMarkerAndSettlesFromResponseCompleted() {
        ResponseCreateParams params = ResponseCreateParams.builder().model("gpt-4o-mini")
                .input("Write the docs page for the checkout [sim:words=6]").build();

        HttpResponseFor<StreamResponse<ResponseStreamEvent>> raw = sdk("carol").responses().withRawResponse()
                .createStreaming(params);
        StringBuilder deltas = new StringBuilder();
        List<Response> completed = new ArrayList<>();
        try (StreamResponse<ResponseStreamEvent> stream = raw.parse()) {
            stream.stream().forEach(event -> {
                event.outputTextDelta().ifPresent(d -> deltas.append(d.delta()));
                event.completed().ifPresent(c -> completed.add(c.response()));
            });
        }

        assertEquals(1, completed.size(), "the stream ends with response.completed");
        assertTrue(deltas.toString().startsWith("Simulated answer: "), deltas.toString());
        assertFalse(deltas.toString().contains("<<intent-") || deltas.toString().endsWith("\n"), deltas.toString());
        assertEquals(deltas.toString(), text(completed.get(0)), "the final response carries the same clean text");
        ResponseUsage usage = completed.get(0).usage().orElseThrow();
        JsonNode row = ledgerRow(raw);
        assertTrue(row.path("streamed").asBoolean());
        assertEquals("responses", row.path("endpoint").asText());
        assertEquals("doc", row.path("intent").asText());
        assertEquals(usage.inputTokens(), row.path("promptTokens").asLong(), "usage captured from response.completed");
        assertEquals(usage.outputTokens(), row.path("completionTokens").asLong());
    }

    @Test
    void plainAndStreamedResponsesAreChargedExactlyTheirReportedUsageOnTheQuota() throws Exception {
        String pg = stack().postgresGateway().baseUrl();
        ResponseCreateParams params = ResponseCreateParams.builder().model("gpt-4o-mini")
                .input("Proofread the docs intro [sim:words=7]").build();
        long before = settledTokens();

        Response plain = sdk(pg, "carol").responses().create(params);
        List<Response> completed = new ArrayList<>();
        try (StreamResponse<ResponseStreamEvent> stream = sdk(pg, "carol").responses().createStreaming(params)) {
            stream.stream().forEach(event -> event.completed().ifPresent(c -> completed.add(c.response())));
        }

        long charged = settledTokens() - before;
        assertEquals(plain.usage().orElseThrow().totalTokens() + completed.get(0).usage().orElseThrow().totalTokens(),
                charged, "reserved from max_output_tokens and the input, settled to the reported usage");
    }

    @Test
    void aModerationIsPassedThroughAndMetered() {
        HttpResponseFor<ModerationCreateResponse> raw = sdk("carol").moderations().withRawResponse().create(
                ModerationCreateParams.builder().input("how do I kill a stuck docs build").build());

        assertTrue(raw.parse().results().get(0).flagged(), "the upstream's verdict");
        JsonNode row = ledgerRow(raw);
        assertEquals("moderations", row.path("endpoint").asText());
        assertEquals("omni-moderation-latest", row.path("model").asText(), "OpenAI's default model, checked and forwarded");
        assertEquals(200, row.path("status").asInt());
        assertTrue(row.path("promptTokens").asLong() > 0, "metered by its input: " + row);
    }

    @Test
    void aChatToolCallIsRecordedAsToolCallAndItsResultAnsweredWithText() {
        ChatCompletionCreateParams.Builder chat = ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                .addUserMessage("Find the docs page on refunds [sim:tool-call=1]")
                .addTool(ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name("find_page")
                        .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty("properties", JsonValue.from(Map.of("page", Map.of("type", "string"))))
                                .build()).build()).build());

        HttpResponseFor<ChatCompletion> call = sdk("carol").chat().completions().withRawResponse().create(chat.build());
        ChatCompletionMessage message = call.parse().choices().get(0).message();
        ChatCompletionMessageFunctionToolCall toolCall = message.toolCalls().orElseThrow().get(0).asFunction();
        assertEquals("find_page", toolCall.function().name());
        assertEquals("{\"page\":\"simulated\"}", toolCall.function().arguments());
        assertEquals("tool_call", ledgerRow(call).path("intent").asText(), "a tool call, not a missing marker");

        HttpResponseFor<ChatCompletion> answer = sdk("carol").chat().completions().withRawResponse().create(chat
                .addMessage(message).addMessage(ChatCompletionToolMessageParam.builder().toolCallId(toolCall.id())
                        .content("docs/refunds.md").build()).build());
        String content = answer.parse().choices().get(0).message().content().orElseThrow();
        assertTrue(content.startsWith("Simulated answer") && !content.contains("<<intent-"), content);
        assertEquals("doc", ledgerRow(answer).path("intent").asText());
    }

    @Test
    void aResponsesToolCallIsRecordedAsToolCallAndItsOutputAnsweredWithText() {
        FunctionTool tool = FunctionTool.builder().name("find_page").strict(false)
                .parameters(FunctionTool.Parameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("page", Map.of("type", "string"))))
                        .build()).build();
        EasyInputMessage ask = EasyInputMessage.builder().role(EasyInputMessage.Role.USER)
                .content("Find the docs page on refunds [sim:tool-call=1]").build();

        HttpResponseFor<Response> call = sdk("carol").responses().withRawResponse().create(ResponseCreateParams.builder()
                .model("gpt-4o-mini").addTool(tool).inputOfResponse(List.of(ResponseInputItem.ofEasyInputMessage(ask)))
                .build());
        ResponseFunctionToolCall functionCall = call.parse().output().get(0).functionCall().orElseThrow();
        assertEquals("find_page", functionCall.name());
        assertEquals("tool_call", ledgerRow(call).path("intent").asText());

        HttpResponseFor<Response> answer = sdk("carol").responses().withRawResponse().create(ResponseCreateParams.builder()
                .model("gpt-4o-mini").addTool(tool).inputOfResponse(List.of(ResponseInputItem.ofEasyInputMessage(ask),
                        ResponseInputItem.ofFunctionCall(functionCall), ResponseInputItem.ofFunctionCallOutput(
                                ResponseInputItem.FunctionCallOutput.builder().callId(functionCall.callId())
                                        .output("docs/refunds.md").build()))).build());
        assertTrue(text(answer.parse()).startsWith("Simulated answer"), text(answer.parse()));
        assertEquals("doc", ledgerRow(answer).path("intent").asText());
    }

    @Test
    void jsonModeAndNChoicesPassThrough() throws Exception {
        ChatCompletion json = sdk("carol").chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o-mini").addUserMessage("The docs index as JSON")
                .responseFormat(ResponseFormatJsonObject.builder().build()).build());
        JsonNode parsed = RawHttp.json(json.choices().get(0).message().content().orElseThrow());
        assertTrue(parsed.path("answer").asText().startsWith("Simulated answer"), parsed.toString());

        HttpResponse<String> responseJson = RawHttp.post(gateway() + "/v1/responses", stack().token("carol"), TASK,
                "{\"model\":\"gpt-4o-mini\",\"input\":\"The docs index as JSON\",\"text\":{\"format\":{\"type\":"
                        + "\"json_object\"}}}");
        assertEquals(200, responseJson.statusCode(), responseJson.body());
        JsonNode answer = RawHttp.json(RawHttp.json(responseJson.body()).at("/output/0/content/0/text").asText());
        assertTrue(answer.path("answer").asText().startsWith("Simulated answer"), answer.toString());
        assertEquals("unknown", Ledger.row(gateway(), stack().token("carol"),
                responseJson.headers().firstValue("X-Request-Id").orElseThrow()).path("intent").asText(),
                "constrained JSON carries no marker: unknown, no signal");

        ChatCompletion two = sdk("carol").chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o-mini").addUserMessage("Two titles for the docs page [sim:words=3]").n(2).build());
        assertEquals(2, two.choices().size());
        two.choices().forEach(c -> assertFalse(c.message().content().orElseThrow().contains("<<intent-"), c.toString()));

        HttpResponse<InputStream> streamed = RawHttp.postStreaming(gateway() + "/v1/chat/completions",
                stack().token("carol"), TASK, "{\"model\":\"gpt-4o-mini\",\"n\":2,\"stream\":true,\"messages\":"
                        + "[{\"role\":\"user\",\"content\":\"Two docs titles [sim:words=2]\"}]}");
        String events;
        try (InputStream body = streamed.body()) {
            events = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(200, streamed.statusCode(), events);
        assertFalse(events.contains("intent-"), events);
        assertTrue(events.contains("\"index\":1"), "both choices streamed: " + events);
    }

    @Test
    void imagesInMessagesPassThroughChatAndResponses() {
        String image = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
        HttpResponse<String> chat = RawHttp.post(gateway() + "/v1/chat/completions", stack().token("carol"), TASK,
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                        + "\"Describe this screenshot for the docs\"},{\"type\":\"image_url\",\"image_url\":{\"url\":\""
                        + image + "\"}}]}]}");
        assertEquals(200, chat.statusCode(), chat.body());
        HttpResponse<String> response = RawHttp.post(gateway() + "/v1/responses", stack().token("carol"), TASK,
                "{\"model\":\"gpt-4o-mini\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":"
                        + "\"Describe this screenshot for the docs\"},{\"type\":\"input_image\",\"image_url\":\"" + image + "\"}]}]}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode row = Ledger.row(gateway(), stack().token("carol"), response.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals("Describe this screenshot for the docs", row.path("prompt").asText(), "the text, not the image bytes");
    }

    @Test
    void withoutTheResponsesGrantTheCallIsRefusedWith403EndpointNotAllowed() {
        // ivan's membership (globex-infra) grants chat.completions and models only
        OpenAIClient ivan = OpenAIOkHttpClient.builder().baseUrl(gateway() + "/t/globex-infra/v1")
                .apiKey(stack().token("ivan")).maxRetries(0).build();
        PermissionDeniedException refused = assertThrows(PermissionDeniedException.class, () -> ivan.responses()
                .create(ResponseCreateParams.builder().model("gpt-4o-mini").input("Write a test").build()));
        assertEquals("endpoint_not_allowed", refused.code().orElseThrow());
        assertTrue(refused.getMessage().contains("'responses'"), refused.getMessage());
    }

    @Test
    void badResponsesAndModerationBodiesAre400InOpenAiJson() {
        String v1 = gateway() + "/v1";
        String carol = stack().token("carol");
        HttpResponse<String> noInput = RawHttp.post(v1 + "/responses", carol, TASK, "{\"model\":\"gpt-4o-mini\"}");
        assertEquals(400, noInput.statusCode(), noInput.body());
        assertEquals("invalid_request", RawHttp.errorCode(noInput));
        assertEquals("input", RawHttp.json(noInput.body()).at("/error/param").asText());
        HttpResponse<String> badLimit = RawHttp.post(v1 + "/responses", carol, TASK,
                "{\"model\":\"gpt-4o-mini\",\"input\":\"x\",\"max_output_tokens\":-1}");
        assertEquals("max_output_tokens", RawHttp.json(badLimit.body()).at("/error/param").asText(), badLimit.body());
        HttpResponse<String> noModerationInput = RawHttp.post(v1 + "/moderations", carol, TASK, "{}");
        assertEquals(400, noModerationInput.statusCode(), noModerationInput.body());
        BadRequestException sdkError = assertThrows(BadRequestException.class, () -> sdk("carol").responses().create(
                ResponseCreateParams.builder().model("gpt-4o-mini").input("x").maxOutputTokens(0).build()));
        assertEquals("invalid_request", sdkError.code().orElseThrow());
    }

    @Test
    void anUnknownV1PathIs404InOpenAiJsonNamingTheSupportedEndpoints() {
        HttpResponse<String> unknown = RawHttp.post(gateway() + "/v1/assistants", stack().token("carol"), TASK, "{}");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("unknown_endpoint", RawHttp.errorCode(unknown));
        String message = RawHttp.json(unknown.body()).at("/error/message").asText();
        for (String served : List.of("/v1/chat/completions", "/v1/responses", "/v1/completions", "/v1/embeddings",
                "/v1/moderations", "/v1/models")) {
            assertTrue(message.contains(served), message);
        }
        NotFoundException sdk = assertThrows(NotFoundException.class, () -> sdk("carol").files().list());
        assertEquals("unknown_endpoint", sdk.code().orElseThrow());
    }
}

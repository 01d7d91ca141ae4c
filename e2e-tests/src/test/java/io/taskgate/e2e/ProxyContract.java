package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.Completion;
import com.openai.models.completions.CompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.e2e.support.Ledger;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import io.taskgate.simulator.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy's contract, exercised with the official OpenAI Java SDK as the client. Subclasses run it
 * against the gateway on H2 and on PostgreSQL.
 */
@ExtendWith(StackExtension.class)
abstract class ProxyContract {

    abstract PayaraServer gateway();

    TestStack stack() {
        return TestStack.current();
    }

    String v1() {
        return gateway().baseUrl() + "/v1";
    }

    OpenAIClient sdk(String credential, String task) {
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder().baseUrl(v1()).apiKey(credential).maxRetries(0);
        if (task != null) {
            builder.putHeader("X-Task-Id", task);
        }
        return builder.build();
    }

    static ChatCompletionCreateParams chat(String model, String prompt) {
        return ChatCompletionCreateParams.builder().model(model).addUserMessage(prompt).build();
    }

    @Test
    void plainChatCompletionAnswersAndIsRecordedInTheLedgerWithUsageAndCost() {
        String bob = stack().token("bob");
        HttpResponseFor<ChatCompletion> raw = sdk(bob, "acme-checkout").chat().completions().withRawResponse()
                .create(chat("gpt-4o-mini", "Write a unit test for the cart service"));
        ChatCompletion completion = raw.parse();

        assertTrue(completion.choices().get(0).message().content().orElseThrow().startsWith("Simulated answer"));
        String requestId = raw.headers().values("X-Request-Id").get(0);
        JsonNode row = Ledger.row(gateway().baseUrl(), bob, requestId);
        assertEquals(200, row.path("status").asInt());
        assertEquals("acme", row.path("tenant").asText());
        assertEquals("acme-checkout", row.path("task").asText());
        assertEquals("chat.completions", row.path("endpoint").asText());
        assertEquals("gpt-4o-mini", row.path("model").asText());
        assertEquals(completion.usage().orElseThrow().promptTokens(), row.path("promptTokens").asLong());
        assertEquals(completion.usage().orElseThrow().completionTokens(), row.path("completionTokens").asLong());
        assertTrue(row.path("costUsd").decimalValue().signum() > 0, "cost settled from the pricing table");
        assertEquals("Write a unit test for the cart service", row.path("prompt").asText(), "acme keeps prompts");
        assertFalse(row.path("streamed").asBoolean());
    }

    @Test
    void streamingChatDeliversEveryChunkAndHidesTheUsageChunkTheGatewayAskedFor() {
        String bob = stack().token("bob");
        HttpResponseFor<StreamResponse<ChatCompletionChunk>> raw = sdk(bob, "acme-checkout").chat().completions()
                .withRawResponse().createStreaming(chat("gpt-4o-mini", "Stream a design sketch [sim:words=5]"));
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream = raw.parse()) {
            chunks = stream.stream().toList();
        }
        String text = chunks.stream().flatMap(c -> c.choices().stream())
                .map(c -> c.delta().content().orElse("")).reduce("", String::concat);

        assertTrue(text.startsWith("Simulated answer:"), text);
        assertTrue(chunks.stream().noneMatch(c -> c.usage().isPresent()), "usage chunk hidden from a client that did not ask");
        JsonNode row = Ledger.row(gateway().baseUrl(), bob, raw.headers().values("X-Request-Id").get(0));
        assertEquals(200, row.path("status").asInt());
        assertTrue(row.path("streamed").asBoolean());
        // 2 ("Simulated answer:") + 5 words + 2 for the intent marker the gateway asked for (billed, never shown)
        assertEquals(9, row.path("completionTokens").asLong(), "usage from the upstream's usage chunk");
        assertTrue(row.path("promptTokens").asLong() > 0);
    }

    @Test
    void streamingClientThatAskedForUsageStillGetsTheUsageChunk() {
        ChatCompletionCreateParams params = chat("gpt-4o-mini", "Stream with usage [sim:words=3]").toBuilder()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream = sdk(stack().token("bob"), "acme-checkout").chat().completions()
                .createStreaming(params)) {
            chunks = stream.stream().toList();
        }
        assertEquals(1, chunks.stream().filter(c -> c.usage().isPresent()).count());
        assertEquals(7, chunks.stream().filter(c -> c.usage().isPresent()).findFirst().orElseThrow()
                .usage().orElseThrow().completionTokens());
    }

    @Test
    void legacyCompletionsAndEmbeddingsWork() {
        OpenAIClient client = sdk(stack().token("bob"), "acme-docs");
        Completion completion = client.completions().create(CompletionCreateParams.builder()
                .model("gpt-3.5-turbo-instruct").prompt("Document the setup").build());
        assertTrue(completion.choices().get(0).text().startsWith("Simulated answer"));

        CreateEmbeddingResponse embeddings = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("text-embedding-3-small").input("order confirmation e-mail").build());
        assertEquals(1, embeddings.data().size());
        assertFalse(embeddings.data().get(0).embedding().isEmpty());
    }

    @Test
    void modelListShowsOnlyTheModelsTheCallerMayUse() {
        List<String> bobs = sdk(stack().token("bob"), "acme-checkout").models().list().data().stream().map(Model::id).sorted().toList();
        List<String> carols = sdk(stack().token("carol"), "acme-docs").models().list().data().stream().map(Model::id).toList();

        assertEquals(List.of("gpt-3.5-turbo-instruct", "gpt-4o", "gpt-4o-mini", "text-embedding-3-small"), bobs);
        assertEquals(List.of("gpt-4o-mini"), carols);
    }

    @Test
    void callWithoutTaskHeaderIsRefusedWith400MissingTaskId() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> sdk(stack().token("bob"), null).chat().completions().create(chat("gpt-4o-mini", "hi")));
        assertEquals("missing_task_id", e.code().orElseThrow());
    }

    @Test
    void taskOfAnotherTenantOrNotAssignedIsRefusedWith403TaskNotAllowed() {
        String bob = stack().token("bob");
        assertCode(PermissionDeniedException.class, 403, "task_not_allowed",
                () -> sdk(bob, "globex-etl").chat().completions().create(chat("gpt-4o-mini", "hi")));
        assertCode(PermissionDeniedException.class, 403, "task_not_allowed",
                () -> sdk(stack().token("carol"), "acme-checkout").chat().completions().create(chat("gpt-4o-mini", "hi")));
        assertCode(PermissionDeniedException.class, 403, "task_not_allowed",
                () -> sdk(bob, "no-such-task").chat().completions().create(chat("gpt-4o-mini", "hi")));
    }

    @Test
    void endpointAndModelOutsideTheGrantAreRefusedWith403() {
        OpenAIClient carol = sdk(stack().token("carol"), "acme-docs");
        assertCode(PermissionDeniedException.class, 403, "endpoint_not_allowed", () -> carol.embeddings()
                .create(EmbeddingCreateParams.builder().model("text-embedding-3-small").input("x").build()));
        assertCode(PermissionDeniedException.class, 403, "model_not_allowed",
                () -> carol.chat().completions().create(chat("gpt-4o", "hi")));
    }

    @Test
    void malformedJsonIsRefusedWith400InvalidRequest() {
        HttpResponse<String> response = RawHttp.post(v1() + "/chat/completions", stack().token("bob"), "acme-checkout",
                "{\"model\": \"gpt-4o-mini\", \"messages\": [");
        assertEquals(400, response.statusCode());
        assertEquals("invalid_request", RawHttp.errorCode(response));
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413() {
        String huge = "x".repeat(TestStack.MAX_BODY_BYTES + 10);
        HttpResponse<String> response = RawHttp.post(v1() + "/chat/completions", stack().token("bob"), "acme-checkout",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + huge + "\"}]}");
        assertEquals(413, response.statusCode());
        assertEquals("request_too_large", RawHttp.errorCode(response));
    }

    @Test
    void upstream429IsPassedOnWithItsRetryAfter() {
        HttpResponse<String> response = RawHttp.post(v1() + "/chat/completions", stack().token("bob"), "acme-checkout",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"busy [sim:status=429] [sim:retry-after=11]\"}]}");
        assertEquals(429, response.statusCode());
        assertEquals("11", response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(RawHttp.json(response.body()).path("error").isObject());
        assertThrows(RateLimitException.class, () -> sdk(stack().token("bob"), "acme-checkout").chat().completions()
                .create(chat("gpt-4o-mini", "busy [sim:status=429]")));
    }

    @Test
    void upstream5xxBecomes502UpstreamError() {
        assertCode(InternalServerException.class, 502, "upstream_error", () -> sdk(stack().token("bob"), "acme-checkout")
                .chat().completions().create(chat("gpt-4o-mini", "break [sim:status=503]")));
    }

    @Test
    void silentUpstreamBecomes504UpstreamTimeout() {
        assertCode(InternalServerException.class, 504, "upstream_timeout", () -> sdk(stack().token("bob"), "acme-checkout")
                .chat().completions().create(chat("gpt-4o-mini", "slow [sim:delay-ms=" + (TestStack.UPSTREAM_TIMEOUT_MS + 2_000) + "]")));
        assertCode(InternalServerException.class, 504, "upstream_timeout", () -> {
            try (StreamResponse<ChatCompletionChunk> s = sdk(stack().token("bob"), "acme-checkout").chat().completions()
                    .createStreaming(chat("gpt-4o-mini", "slow [sim:delay-ms=" + (TestStack.UPSTREAM_TIMEOUT_MS + 2_000) + "]"))) {
                s.stream().count();
            }
        });
    }

    @Test
    void callerCredentialNeverReachesTheUpstream() {
        String bob = stack().token("bob");
        stack().simulator().clearRequests();
        sdk(bob, "acme-checkout").chat().completions().create(chat("gpt-4o-mini", "check headers"));
        RecordedRequest forwarded = stack().simulator().lastRequest().orElseThrow();

        assertEquals("Bearer " + stack().simulator().config().apiKey(), forwarded.header("authorization"));
        assertFalse(forwarded.headers().toString().contains(bob.substring(bob.length() - 20)));
        assertTrue(forwarded.headers().keySet().stream().noneMatch("x-task-id"::equalsIgnoreCase));
    }

    @Test
    void pluginFromThePluginsDirectoryRefusesOversizedPrompts() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> sdk(stack().token("bob"), "acme-checkout")
                .chat().completions().create(chat("gpt-4o-mini", "y".repeat(TestStack.PROMPT_SIZE_LIMIT + 1))));
        assertEquals("prompt_too_long", e.code().orElseThrow());
    }

    @Test
    void refusalsAreRecordedInTheLedgerToo() {
        String bob = stack().token("bob");
        long before = System.currentTimeMillis() - 1_000;
        assertThrows(PermissionDeniedException.class,
                () -> sdk(bob, "globex-infra").chat().completions().create(chat("gpt-4o-mini", "not mine")));
        JsonNode row = Ledger.newestWith(gateway().baseUrl(), bob, 403, "task_not_allowed", before);
        assertEquals("globex-infra", row.path("task").asText());
        assertEquals(0, row.path("completionTokens").asLong());
    }

    static void assertCode(Class<? extends OpenAIServiceException> type, int status, String code, Runnable call) {
        OpenAIServiceException e = assertThrows(type, call::run);
        assertEquals(status, e.statusCode());
        assertEquals(code, e.code().orElseThrow(() -> new AssertionError("no error code in " + e.body())));
    }

}

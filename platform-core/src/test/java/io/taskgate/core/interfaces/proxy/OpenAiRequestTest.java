package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.RefusalException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiRequestTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static OpenAiRequest parse(Endpoint endpoint, String json) throws RefusalException {
        return OpenAiRequest.parse(endpoint, bytes(json));
    }

    static void assertInvalidRequest(Endpoint endpoint, String json) {
        RefusalException e = assertThrows(RefusalException.class, () -> parse(endpoint, json), json);
        Refusal refusal = e.refusal();
        assertEquals(400, refusal.status());
        assertEquals("invalid_request", refusal.code());
        assertEquals("invalid_request_error", refusal.type());
    }

    static JsonNode upstreamJson(OpenAiRequest request) throws Exception {
        return JSON.readTree(request.upstreamBody());
    }

    @Test
    void malformedJsonIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"model\": \"gpt-4o-mini\", ");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "not json at all");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "");
    }

    @Test
    void bodyThatIsNotAJsonObjectIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "[{\"model\":\"gpt-4o-mini\"}]");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "\"gpt-4o-mini\"");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "null");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "42");
    }

    @Test
    void missingOrBlankModelIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"  \",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"model\":42,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertInvalidRequest(Endpoint.EMBEDDINGS, "{\"input\":\"hi\"}");
    }

    @Test
    void chatWithoutNonEmptyMessagesIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\"}");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\",\"messages\":[]}");
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\",\"messages\":{\"role\":\"user\"}}");
    }

    @Test
    void completionWithoutPromptIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.COMPLETIONS, "{\"model\":\"gpt-3.5-turbo-instruct\"}");
    }

    @Test
    void embeddingWithoutInputIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.EMBEDDINGS, "{\"model\":\"text-embedding-3-small\"}");
    }

    @Test
    void nonBooleanStreamIsRefusedAsInvalidRequest() {
        assertInvalidRequest(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"stream\":\"true\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
    }

    @Test
    void nonStreamingRequestIsForwardedByteForByte() throws Exception {
        byte[] body = bytes("{ \"model\" : \"gpt-4o-mini\",\n \"messages\":[{\"role\":\"user\",\"content\":\"hi\"}] }");

        OpenAiRequest request = OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body);

        assertFalse(request.streaming());
        assertFalse(request.usageInjected());
        assertArrayEquals(body, request.upstreamBody());
        assertEquals(Optional.of("gpt-4o-mini"), request.model());
        assertEquals(new String(body, StandardCharsets.UTF_8), request.raw());
    }

    @Test
    void streamWithoutStreamOptionsGetsIncludeUsageInjected() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        assertTrue(request.streaming());
        assertTrue(request.usageInjected());
        JsonNode upstream = upstreamJson(request);
        assertTrue(upstream.path("stream_options").path("include_usage").asBoolean());
        assertEquals("gpt-4o-mini", upstream.path("model").asText());
        assertEquals("hi", upstream.path("messages").path(0).path("content").asText());
        assertTrue(upstream.path("stream").asBoolean());
    }

    @Test
    void streamWithIncludeUsageFalseIsTurnedOnAndOtherStreamOptionsKept() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\",\"stream\":true,"
                + "\"stream_options\":{\"include_usage\":false,\"other\":1},\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        assertTrue(request.usageInjected());
        JsonNode options = upstreamJson(request).path("stream_options");
        assertTrue(options.path("include_usage").asBoolean());
        assertEquals(1, options.path("other").asInt());
    }

    @Test
    void streamThatAlreadyAsksForUsageIsForwardedUnchanged() throws Exception {
        byte[] body = bytes("{\"model\":\"gpt-4o-mini\", \"stream\":true, \"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        OpenAiRequest request = OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body);

        assertTrue(request.streaming());
        assertFalse(request.usageInjected());
        assertArrayEquals(body, request.upstreamBody());
    }

    @Test
    void legacyCompletionStreamAlsoGetsUsageInjected() throws Exception {
        OpenAiRequest request = parse(Endpoint.COMPLETIONS,
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"stream\":true,\"prompt\":\"Once\"}");

        assertTrue(request.usageInjected());
        assertTrue(upstreamJson(request).path("stream_options").path("include_usage").asBoolean());
    }

    @Test
    void embeddingsNeverGetUsageInjected() throws Exception {
        byte[] body = bytes("{\"model\":\"text-embedding-3-small\",\"stream\":true,\"input\":\"hi\"}");

        OpenAiRequest request = OpenAiRequest.parse(Endpoint.EMBEDDINGS, body);

        assertFalse(request.usageInjected());
        assertArrayEquals(body, request.upstreamBody());
    }

    @Test
    void maxTokensComesFromMaxTokens() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"max_tokens\":64,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        assertEquals(Optional.of(64L), request.maxTokens());
    }

    @Test
    void maxCompletionTokensTakesPrecedenceOverMaxTokens() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\",\"max_tokens\":64,"
                + "\"max_completion_tokens\":128,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        assertEquals(Optional.of(128L), request.maxTokens());
    }

    @Test
    void explicitNullMaxCompletionTokensFallsBackToMaxTokens() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\",\"max_tokens\":64,"
                + "\"max_completion_tokens\":null,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

        assertEquals(Optional.of(64L), request.maxTokens());
    }

    @Test
    void noTokenLimitMeansNoMaxTokens() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"max_tokens\":null,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(Optional.empty(), request.maxTokens());

        OpenAiRequest unlimited = parse(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(Optional.empty(), unlimited.maxTokens());
    }

    @Test
    void promptTextJoinsMessageContentsIncludingContentParts() throws Exception {
        OpenAiRequest request = parse(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are a tutor.\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Explain recursion\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"http://x/y.png\"}},"
                + "{\"type\":\"text\",\"text\":\"briefly\"}]},"
                + "{\"role\":\"assistant\",\"content\":null},"
                + "{\"role\":\"user\",\"content\":\"thanks\"}]}");

        assertEquals("You are a tutor.\nExplain recursion\nbriefly\nthanks", request.promptText());
    }

    @Test
    void promptTextOfCompletionsAndEmbeddingsUsesPromptAndInput() throws Exception {
        assertEquals("Once upon", parse(Endpoint.COMPLETIONS,
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"Once upon\"}").promptText());
        assertEquals("a\nb", parse(Endpoint.EMBEDDINGS,
                "{\"model\":\"text-embedding-3-small\",\"input\":[\"a\",\"b\",42]}").promptText());
    }
}

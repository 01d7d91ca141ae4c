package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.interfaces.http.OpenAiErrors;

import io.taskgate.core.application.proxy.RefusalException;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed fields are checked as OpenAI checks them: wrong type or range is 400 invalid_request naming the field. */
class RequestFieldsTest {

    static final String MESSAGES = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
    static final String[] BAD_TOKEN_LIMITS = {"-1", "0", "1.5", "\"abc\"", "[]", "{}", "1e400",
            "99999999999999999999", "9223372036854775807", "9223372036854775000", "1000001", "true", "1.0"};

    static String chat(String field, String value) {
        return "{\"model\":\"gpt-4o-mini\",\"" + field + "\":" + value + "," + MESSAGES + "}";
    }

    static String completion(String field, String value) {
        return "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"Once\",\"" + field + "\":" + value + "}";
    }

    static OpenAiRequest parse(Endpoint endpoint, String body) throws RefusalException {
        return OpenAiRequestTest.parse(endpoint, body);
    }

    /** Asserts 400 invalid_request whose message and param name the field, in the OpenAI error body too. */
    static void assertRefusedNaming(String field, Endpoint endpoint, String body) throws Exception {
        RefusalException e = assertThrows(RefusalException.class, () -> parse(endpoint, body), body);
        Refusal refusal = e.refusal();
        assertEquals(400, refusal.status(), body);
        assertEquals("invalid_request", refusal.code(), body);
        assertEquals("invalid_request_error", refusal.type(), body);
        assertTrue(refusal.message().contains("'" + field + "'"), refusal.message());
        assertEquals(field, refusal.param(), body);
        JsonNode error = OpenAiRequestTest.JSON.readTree(OpenAiErrors.body(refusal)).path("error");
        assertEquals(field, error.path("param").asText());
        assertEquals("invalid_request", error.path("code").asText());
        assertEquals(refusal.message(), error.path("message").asText());
    }

    static Stream<Arguments> badTokenLimits() {
        return Stream.of("max_tokens", "max_completion_tokens")
                .flatMap(field -> Stream.of(BAD_TOKEN_LIMITS).map(value -> Arguments.of(field, value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badTokenLimits")
    void badMaxTokensIsRefusedWith400NamingTheField(String field, String value) throws Exception {
        assertRefusedNaming(field, Endpoint.CHAT_COMPLETIONS, chat(field, value));
        assertRefusedNaming(field, Endpoint.COMPLETIONS, completion(field, value));
    }

    @Test
    void maxTokensOfMinusOneIsRefusedWith400NamingTheField() throws Exception {
        assertRefusedNaming("max_tokens", Endpoint.CHAT_COMPLETIONS, chat("max_tokens", "-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "64", "4096", "1000000"})
    void tokenLimitsFromOneToTheUpperBoundAreAccepted(String value) throws Exception {
        assertEquals(Optional.of(Long.parseLong(value)), parse(Endpoint.CHAT_COMPLETIONS, chat("max_tokens", value)).maxTokens());
        assertEquals(Optional.of(Long.parseLong(value)),
                parse(Endpoint.CHAT_COMPLETIONS, chat("max_completion_tokens", value)).maxTokens());
        assertEquals(Optional.of(Long.parseLong(value)), parse(Endpoint.COMPLETIONS, completion("max_tokens", value)).maxTokens());
    }

    @Test
    void theUpperBoundIsAMillion() {
        assertEquals(1_000_000, RequestFields.MAX_COMPLETION_TOKENS);
    }

    static Stream<Arguments> badChatFields() {
        return Stream.of(
                Map.entry("n", new String[]{"0", "-1", "129", "1.5", "\"2\"", "true", "[]", "{}", "99999999999999999999"}),
                Map.entry("temperature", new String[]{"-0.1", "2.01", "3", "\"1\"", "true", "[]", "{}", "1e400", "-1e400"}),
                Map.entry("top_p", new String[]{"-0.1", "1.01", "2", "\"0.5\"", "false", "[]", "{}", "1e400"}),
                Map.entry("stream", new String[]{"\"true\"", "1", "0", "[]", "{}"}),
                Map.entry("stream_options", new String[]{"\"yes\"", "[]", "1", "true"}),
                Map.entry("logprobs", new String[]{"1", "0", "\"true\"", "[]", "{}"}),
                Map.entry("top_logprobs", new String[]{"-1", "21", "1.5", "\"5\"", "true", "[]", "{}"}))
                .flatMap(e -> Stream.of(e.getValue()).map(value -> Arguments.of(e.getKey(), value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badChatFields")
    void badChatFieldIsRefusedWith400NamingTheField(String field, String value) throws Exception {
        assertRefusedNaming(field, Endpoint.CHAT_COMPLETIONS, chat(field, value));
    }

    static Stream<Arguments> goodChatFields() {
        return Stream.of(
                Map.entry("n", new String[]{"1", "5", "128", "null"}),
                Map.entry("temperature", new String[]{"0", "0.0", "0.7", "1", "2", "2.0", "null"}),
                Map.entry("top_p", new String[]{"0", "0.5", "1", "1.0", "null"}),
                Map.entry("stream", new String[]{"true", "false", "null"}),
                Map.entry("stream_options", new String[]{"{}", "{\"include_usage\":true}", "{\"include_usage\":null}", "null"}),
                Map.entry("logprobs", new String[]{"true", "false", "null"}),
                Map.entry("top_logprobs", new String[]{"0", "5", "20", "null"}),
                Map.entry("max_tokens", new String[]{"null"}),
                Map.entry("max_completion_tokens", new String[]{"null"}))
                .flatMap(e -> Stream.of(e.getValue()).map(value -> Arguments.of(e.getKey(), value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("goodChatFields")
    void goodChatFieldIsAccepted(String field, String value) {
        assertDoesNotThrow(() -> parse(Endpoint.CHAT_COMPLETIONS, chat(field, value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1", "[]", "{}"})
    void nonBooleanIncludeUsageIsRefusedNamingIt(String value) throws Exception {
        assertRefusedNaming("stream_options.include_usage", Endpoint.CHAT_COMPLETIONS,
                chat("stream_options", "{\"include_usage\":" + value + "}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "-1", "6", "1.5", "\"2\"", "[]"})
    void legacyLogprobsMustBeAnIntegerFromZeroToFive(String value) throws Exception {
        assertRefusedNaming("logprobs", Endpoint.COMPLETIONS, completion("logprobs", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "null"})
    void legacyLogprobsFromZeroToFiveAreAccepted(String value) {
        assertDoesNotThrow(() -> parse(Endpoint.COMPLETIONS, completion("logprobs", value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "129", "1.5", "\"3\""})
    void legacyCompletionsCheckNToo(String value) throws Exception {
        assertRefusedNaming("n", Endpoint.COMPLETIONS, completion("n", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "true", "\"x\""})
    void typedFieldsOfEmbeddingsOtherThanStreamAreLeftToTheUpstream(String value) {
        assertDoesNotThrow(() -> parse(Endpoint.EMBEDDINGS,
                "{\"model\":\"text-embedding-3-small\",\"input\":\"hi\",\"top_logprobs\":" + value + "}"));
    }

    @Test
    void aRefusalThatNamesNoFieldStillRendersParamAsNull() throws Exception {
        JsonNode error = OpenAiRequestTest.JSON.readTree(OpenAiErrors.body(Refusal.of(403, "task_not_allowed", "no")))
                .path("error");
        assertTrue(error.has("param"));
        assertTrue(error.path("param").isNull());
        Refusal old = new Refusal(400, "invalid_request_error", "x", "m", Map.of());
        assertEquals(null, old.param());
        assertEquals("max_tokens", old.withParam("max_tokens").withHeader("A", "b").param());
    }

    @Test
    void duplicateKeysAreRefusedSoTheGatewayAndTheUpstreamReadTheSameValue() {
        OpenAiRequestTest.assertInvalidRequest(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"max_tokens\":10,\"max_tokens\":100000," + MESSAGES + "}");
    }

    @Test
    void contentAfterTheJsonObjectIsRefused() {
        OpenAiRequestTest.assertInvalidRequest(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\"," + MESSAGES + "} {\"max_tokens\":5}");
    }
}

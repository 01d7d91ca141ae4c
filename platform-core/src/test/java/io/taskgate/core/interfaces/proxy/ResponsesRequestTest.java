package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.CompletionLimit;

import io.taskgate.core.application.proxy.RefusalException;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.intent.ResponseAnswers;
import io.taskgate.core.domain.model.member.MemberLimits;
import org.junit.jupiter.api.Test;

import static io.taskgate.core.interfaces.proxy.OpenAiRequestTest.parse;
import static io.taskgate.core.interfaces.proxy.OpenAiRequestTest.upstreamJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request bodies of {@code /v1/responses} and {@code /v1/moderations}. */
class ResponsesRequestTest {

    static final String RESPONSE = "{\"model\":\"gpt-4o-mini\",\"instructions\":\"Be brief.\",\"input\":\"Write a test\"}";
    static final MemberLimits DAILY = new MemberLimits(10_000L, null, null, null, null, null, null, null);
    static final MemberLimits CAPPED = new MemberLimits(null, null, null, null, null, null, 256L, null);

    static Refusal refusal(Endpoint endpoint, String json) {
        return assertThrows(RefusalException.class, () -> parse(endpoint, json), json).refusal();
    }

    @Test
    void aResponsesRequestWithoutInputIsRefusedWith400NamingInput() {
        for (String body : new String[]{"{\"model\":\"gpt-4o-mini\"}", "{\"model\":\"gpt-4o-mini\",\"input\":[]}",
                "{\"model\":\"gpt-4o-mini\",\"input\":42}"}) {
            Refusal refusal = refusal(Endpoint.RESPONSES, body);
            assertEquals(400, refusal.status());
            assertEquals("invalid_request", refusal.code());
            assertEquals("input", refusal.param());
        }
    }

    @Test
    void typedResponsesFieldsOfTheWrongTypeOrRangeAreRefusedNamingTheField() {
        assertEquals("max_output_tokens", refusal(Endpoint.RESPONSES,
                "{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":0}").param());
        assertEquals("max_output_tokens", refusal(Endpoint.RESPONSES,
                "{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":\"9\"}").param());
        assertEquals("instructions", refusal(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\",\"instructions\":[1]}").param());
        assertEquals("temperature", refusal(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\",\"temperature\":3}").param());
        assertEquals("tools", refusal(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\",\"tools\":{}}").param());
    }

    @Test
    void maxOutputTokensIsTheResponsesCompletionLimit() throws Exception {
        OpenAiRequest request = parse(Endpoint.RESPONSES,
                "{\"model\":\"gpt-4o-mini\",\"input\":\"x\",\"max_output_tokens\":300,\"max_tokens\":9}");
        assertEquals(300L, request.maxTokens().orElseThrow());
        assertEquals(1, request.choices());
    }

    @Test
    void aMeteredMembersResponsesRequestGetsMaxOutputTokensAddedAndACapIsEnforced() throws Exception {
        OpenAiRequest request = parse(Endpoint.RESPONSES, RESPONSE);
        CompletionLimit.apply(Endpoint.RESPONSES, request, DAILY, 4096, "acme");
        JsonNode forwarded = upstreamJson(request);
        assertEquals(4096, forwarded.path("max_output_tokens").asLong());
        assertFalse(forwarded.has("max_tokens") || forwarded.has("max_completion_tokens"), forwarded.toString());

        OpenAiRequest asking = parse(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\",\"max_output_tokens\":1000}");
        Refusal refusal = assertThrows(RefusalException.class,
                () -> CompletionLimit.apply(Endpoint.RESPONSES, asking, CAPPED, 4096, "globex")).refusal();
        assertEquals("max_tokens_exceeded", refusal.code());
        assertTrue(refusal.message().contains("max_output_tokens"), refusal.message());
    }

    @Test
    void aStreamedResponsesRequestIsForwardedWithoutStreamOptions() throws Exception {
        OpenAiRequest request = parse(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\",\"stream\":true}");
        assertTrue(request.streaming());
        assertFalse(request.usageInjected(), "response.completed carries the usage by itself");
        assertFalse(upstreamJson(request).has("stream_options"));
    }

    @Test
    void theMarkerInstructionIsAppendedToTheClientsInstructionsAndTheStagesSeeTheClientsText() throws Exception {
        OpenAiRequest request = parse(Endpoint.RESPONSES, RESPONSE);
        request.appendInstructions("MARKER RULE");
        assertEquals("Be brief." + ResponseAnswers.INSTRUCTION_SEPARATOR + "MARKER RULE",
                upstreamJson(request).path("instructions").asText());
        assertEquals("Be brief.\nWrite a test", request.promptText());

        OpenAiRequest without = parse(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\"}");
        without.appendInstructions("MARKER RULE");
        assertEquals("MARKER RULE", upstreamJson(without).path("instructions").asText());
    }

    @Test
    void aModerationWithoutAModelIsCheckedAndForwardedWithOpenAisDefault() throws Exception {
        OpenAiRequest request = parse(Endpoint.MODERATIONS, "{\"input\":\"hello\"}");
        assertEquals("omni-moderation-latest", request.model().orElseThrow());
        assertEquals("omni-moderation-latest", upstreamJson(request).path("model").asText());
        assertEquals("hello", request.promptText());
        Refusal noInput = refusal(Endpoint.MODERATIONS, "{\"model\":\"omni-moderation-latest\"}");
        assertEquals(400, noInput.status());
        assertTrue(noInput.message().contains("\"input\" is required"), noInput.message());
    }

    @Test
    void streamOnAModerationOrEmbeddingIsNoStreamSoItIsNeverSentToAStreamingEndpoint() throws Exception {
        assertFalse(parse(Endpoint.MODERATIONS, "{\"input\":\"x\",\"stream\":true}").streaming());
        assertFalse(parse(Endpoint.EMBEDDINGS, "{\"model\":\"m\",\"input\":\"x\",\"stream\":true}").streaming());
        assertTrue(parse(Endpoint.RESPONSES, "{\"model\":\"m\",\"input\":\"x\",\"stream\":true}").streaming());
    }
}

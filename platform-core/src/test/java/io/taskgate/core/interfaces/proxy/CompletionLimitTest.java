package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.CompletionLimit;

import io.taskgate.core.application.proxy.RefusalException;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.domain.model.member.MemberLimits;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionLimitTest {

    static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    static final MemberLimits DAILY = new MemberLimits(10_000L, null, null, null, null, null, null, null);
    static final MemberLimits CAPPED = new MemberLimits(null, null, null, null, null, null, 256L, null);

    @Test
    void aRequestAskingForMoreThanTheMembersCapIsRefusedWith400() throws Exception {
        OpenAiRequest request = OpenAiRequestTest.parse(Endpoint.CHAT_COMPLETIONS,
                "{\"model\":\"gpt-4o-mini\",\"max_tokens\":1000,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        RefusalException e = assertThrows(RefusalException.class,
                () -> CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, request, CAPPED, 4096, "globex"));
        Refusal refusal = e.refusal();
        assertEquals(400, refusal.status());
        assertEquals("max_tokens_exceeded", refusal.code());
        assertTrue(refusal.message().contains("at most 256"), refusal.message());
    }

    @Test
    void theCapIsAddedToAChatRequestThatNamesNoLimit() throws Exception {
        OpenAiRequest request = OpenAiRequestTest.parse(Endpoint.CHAT_COMPLETIONS, CHAT);
        CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, request, CAPPED, 4096, "globex");
        JsonNode forwarded = OpenAiRequestTest.upstreamJson(request);
        assertEquals(256, forwarded.path("max_completion_tokens").asLong());
        assertEquals(256L, request.maxTokens().orElseThrow());
        assertEquals(CHAT, request.raw(), "the client's own body stays what the ledger and stages see");
    }

    @Test
    void theDefaultIsAddedWhenTokensAreMeteredWithoutACap() throws Exception {
        OpenAiRequest request = OpenAiRequestTest.parse(Endpoint.COMPLETIONS,
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"hi\",\"stream\":true}");
        CompletionLimit.apply(Endpoint.COMPLETIONS, request, DAILY, 777, "acme");
        JsonNode forwarded = OpenAiRequestTest.upstreamJson(request);
        assertEquals(777, forwarded.path("max_tokens").asLong());
        assertTrue(forwarded.path("stream_options").path("include_usage").asBoolean());
    }

    @Test
    void unmeteredMembersAndRequestsWithinTheCapAreForwardedUnchanged() throws Exception {
        byte[] body = OpenAiRequestTest.bytes(CHAT);
        OpenAiRequest request = OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, body);
        CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, request, MemberLimits.UNLIMITED, 4096, "acme");
        assertFalse(request.completionLimited());
        assertArrayEquals(body, request.upstreamBody());

        byte[] within = OpenAiRequestTest.bytes(
                "{\"model\":\"gpt-4o-mini\",\"max_completion_tokens\":100,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        OpenAiRequest small = OpenAiRequest.parse(Endpoint.CHAT_COMPLETIONS, within);
        CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, small, CAPPED, 4096, "acme");
        assertArrayEquals(within, small.upstreamBody());
    }
}

package io.taskgate.core.interfaces.proxy;

import io.taskgate.core.application.proxy.CompletionLimit;

import io.taskgate.core.application.proxy.RefusalException;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.core.domain.model.member.MemberLimits;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How many completions a request asks for, and how the per-request cap applies to each of them. */
class CompletionChoicesTest {

    static final String MESSAGES = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
    static final MemberLimits CAPPED = new MemberLimits(null, null, null, null, null, null, 256L, null);

    static OpenAiRequest chat(String fields) throws RefusalException {
        return OpenAiRequestTest.parse(Endpoint.CHAT_COMPLETIONS, "{\"model\":\"gpt-4o-mini\"," + fields + MESSAGES + "}");
    }

    @Test
    void nIsTheNumberOfChoices() throws Exception {
        assertEquals(5, chat("\"n\":5,").choices());
        assertEquals(1, chat("").choices());
        assertEquals(1, chat("\"n\":null,").choices());
        assertEquals(128, chat("\"n\":128,").choices());
    }

    @Test
    void legacyCompletionsCountBestOfWhenItIsLarger() throws Exception {
        assertEquals(4, OpenAiRequestTest.parse(Endpoint.COMPLETIONS,
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x\",\"n\":2,\"best_of\":4}").choices());
        assertEquals(3, OpenAiRequestTest.parse(Endpoint.COMPLETIONS,
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x\",\"n\":3}").choices());
    }

    @Test
    void embeddingsHaveOneChoice() throws Exception {
        assertEquals(1, OpenAiRequestTest.parse(Endpoint.EMBEDDINGS,
                "{\"model\":\"text-embedding-3-small\",\"input\":\"x\",\"n\":7}").choices());
    }

    @Test
    void theCapAppliesToMaxTokensPerChoiceNotToTheirSum() throws Exception {
        OpenAiRequest within = chat("\"n\":5,\"max_tokens\":200,");
        assertDoesNotThrow(() -> CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, within, CAPPED, 4096, "globex"));

        OpenAiRequest above = chat("\"n\":5,\"max_tokens\":300,");
        RefusalException e = assertThrows(RefusalException.class,
                () -> CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, above, CAPPED, 4096, "globex"));
        assertEquals("max_tokens_exceeded", e.refusal().code());
    }

    @Test
    void theLargerOfMaxTokensAndMaxCompletionTokensBoundsTheRequest() throws Exception {
        OpenAiRequest both = chat("\"max_tokens\":1000,\"max_completion_tokens\":64,");
        assertEquals(Optional.of(1000L), both.maxTokens(), "an upstream may honour either field");
        RefusalException e = assertThrows(RefusalException.class,
                () -> CompletionLimit.apply(Endpoint.CHAT_COMPLETIONS, both, CAPPED, 4096, "globex"));
        assertEquals("max_tokens_exceeded", e.refusal().code());
    }
}

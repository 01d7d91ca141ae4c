package io.taskgate.core.application.upstream;

import io.taskgate.api.pipeline.Usage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpstreamAnswerReaderTest {

    @Test
    void responsesUsageIsReadFromInputAndOutputTokens() {
        Usage usage = UpstreamAnswerReader.usage(UpstreamAnswerReader.parse(
                "{\"usage\":{\"input_tokens\":40,\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":12,"
                        + "\"total_tokens\":52}}")).orElseThrow();
        assertEquals(new Usage(40, 12, false), usage);
        assertEquals(new Usage(40, 8, false), UpstreamAnswerReader.usage(UpstreamAnswerReader.parse(
                "{\"usage\":{\"input_tokens\":40,\"total_tokens\":48}}")).orElseThrow());
    }

    @Test
    void chatUsageIsStillReadFromPromptAndCompletionTokens() {
        assertEquals(new Usage(7, 5, false), UpstreamAnswerReader.usage(UpstreamAnswerReader.parse(
                "{\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":5,\"total_tokens\":12}}")).orElseThrow());
    }

    @Test
    void aResponsesTextIsItsOutputTextPartsJoinedSkippingToolCalls() {
        assertEquals("Hello world", UpstreamAnswerReader.text(UpstreamAnswerReader.parse("{\"output\":["
                + "{\"type\":\"function_call\",\"name\":\"f\",\"arguments\":\"{}\"},"
                + "{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hello \"},"
                + "{\"type\":\"refusal\",\"refusal\":\"no\"},{\"type\":\"output_text\",\"text\":\"world\"}]}]}")));
    }
}

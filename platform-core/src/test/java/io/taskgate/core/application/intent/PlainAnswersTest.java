package io.taskgate.core.application.intent;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class PlainAnswersTest {

    static final IntentMarker MARKER = new IntentMarker("a1b2c3d4e5f6", IntentMarker.DEFAULT_LABELS);

    private static byte[] answer(String content) {
        return ("{\"id\":\"c1\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + content + "\"}}],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":5}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void strippingTheParsedAnswerLeavesCleanTextForTheLedgerAndTheClient() {
        byte[] body = answer("Use a generic.\\n<<intent-a1b2c3d4e5f6:code>>");
        JsonNode tree = UpstreamAnswerReader.parse(body);

        PlainAnswers.Stripped stripped = PlainAnswers.strip(tree, body, MARKER);

        assertEquals("code", stripped.label());
        assertEquals("Use a generic.", UpstreamAnswerReader.text(tree), "the tree the ledger reads is clean");
        String shown = new String(stripped.body(), StandardCharsets.UTF_8);
        assertFalse(shown.contains("<<intent-"), shown);
        assertEquals("Use a generic.", UpstreamAnswerReader.text(UpstreamAnswerReader.parse(stripped.body())));
        assertEquals(5, UpstreamAnswerReader.usage(tree).orElseThrow().completionTokens());
    }

    @Test
    void anAnswerWithoutAMarkerIsPassedOnByteForByteAsUnknown() {
        byte[] body = answer("No marker here.");

        PlainAnswers.Stripped stripped = PlainAnswers.strip(UpstreamAnswerReader.parse(body), body, MARKER);

        assertSame(body, stripped.body());
        assertEquals(IntentMarker.UNKNOWN, stripped.label());
    }

    @Test
    void anAnswerThatIsNotJsonIsPassedOnAsUnknown() {
        byte[] body = "not json".getBytes(StandardCharsets.UTF_8);

        PlainAnswers.Stripped stripped = PlainAnswers.strip(UpstreamAnswerReader.parse(body), body, MARKER);

        assertSame(body, stripped.body());
        assertEquals(IntentMarker.UNKNOWN, stripped.label());
    }

    @Test
    void aChatAnswerThatOnlyCallsAToolIsRecordedAsToolCall() {
        byte[] body = ("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"run_tests\","
                + "\"arguments\":\"{}\"}}]},\"finish_reason\":\"tool_calls\"}]}").getBytes(StandardCharsets.UTF_8);

        PlainAnswers.Stripped stripped = PlainAnswers.strip(UpstreamAnswerReader.parse(body), body, MARKER);

        assertEquals(ToolCalls.LABEL, stripped.label());
        assertSame(body, stripped.body());
    }

    @Test
    void aMarkerBesideAToolCallStillNamesTheIntent() {
        byte[] body = ("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + "\"Running them.\\n<<intent-a1b2c3d4e5f6:test>>\",\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"run_tests\",\"arguments\":\"{}\"}}]}}]}").getBytes(StandardCharsets.UTF_8);

        assertEquals("test", PlainAnswers.strip(UpstreamAnswerReader.parse(body), body, MARKER).label());
    }

    @Test
    void everyChoiceOfAnNGreaterThanOneAnswerLosesItsMarker() {
        byte[] body = ("{\"choices\":[{\"index\":0,\"message\":{\"content\":\"A\\n<<intent-a1b2c3d4e5f6:code>>\"}},"
                + "{\"index\":1,\"message\":{\"content\":\"B\\n<<intent-a1b2c3d4e5f6:doc>>\"}}]}").getBytes(StandardCharsets.UTF_8);
        JsonNode tree = UpstreamAnswerReader.parse(body);

        PlainAnswers.Stripped stripped = PlainAnswers.strip(tree, body, MARKER);

        assertEquals("code", stripped.label(), "the first choice's label");
        assertEquals("B", tree.at("/choices/1/message/content").asText());
    }
}

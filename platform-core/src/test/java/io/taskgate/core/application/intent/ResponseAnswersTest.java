package io.taskgate.core.application.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseAnswersTest {

    static final IntentMarker MARKER = new IntentMarker("a1b2c3d4e5f6", IntentMarker.DEFAULT_LABELS);

    static byte[] response(String output, String instructions) {
        return ("{\"id\":\"resp_1\",\"object\":\"response\",\"instructions\":" + instructions + ",\"output\":" + output
                + ",\"usage\":{\"input_tokens\":9,\"output_tokens\":4,\"total_tokens\":13}}").getBytes(StandardCharsets.UTF_8);
    }

    static String message(String text) {
        return "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\""
                + text + "\",\"annotations\":[]}]}";
    }

    @Test
    void theMarkerIsStrippedFromTheOutputTextAndItsLabelRead() {
        byte[] body = response("[" + message("Cart total test.\\n<<intent-a1b2c3d4e5f6:test>>") + "]", "null");
        JsonNode tree = UpstreamAnswerReader.parse(body);

        PlainAnswers.Stripped stripped = ResponseAnswers.strip(tree, body, MARKER);

        assertEquals("test", stripped.label());
        String shown = new String(stripped.body(), StandardCharsets.UTF_8);
        assertFalse(shown.contains("<<intent-"), shown);
        assertEquals("Cart total test.", UpstreamAnswerReader.text(UpstreamAnswerReader.parse(stripped.body())));
        assertEquals("Cart total test.", UpstreamAnswerReader.text(tree), "the tree the stages read is clean too");
    }

    @Test
    void theOutputTextConvenienceFieldIsStrippedToo() {
        ObjectNode tree = (ObjectNode) UpstreamAnswerReader.parse(response("[" + message("Hi\\n<<intent-a1b2c3d4e5f6:code>>")
                + "]", "null"));
        tree.put("output_text", "Hi\n<<intent-a1b2c3d4e5f6:code>>");

        ResponseAnswers.Found found = ResponseAnswers.stripInPlace(tree, MARKER);

        assertTrue(found.changed());
        assertEquals("Hi", tree.path("output_text").asText());
    }

    @Test
    void anAnswerThatOnlyCallsAToolIsRecordedAsToolCallNotAsAMissingMarker() {
        byte[] body = response("[{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"run_tests\",\"arguments\":\"{}\"}]",
                "null");

        PlainAnswers.Stripped stripped = ResponseAnswers.strip(UpstreamAnswerReader.parse(body), body, MARKER);

        assertEquals(ToolCalls.LABEL, stripped.label());
        assertSame(body, stripped.body(), "nothing to strip: the upstream's bytes");
    }

    @Test
    void aTextAnswerWithoutAMarkerStaysUnknown() {
        byte[] body = response("[" + message("no marker") + "]", "null");
        assertEquals(IntentMarker.UNKNOWN, ResponseAnswers.strip(UpstreamAnswerReader.parse(body), body, MARKER).label());
    }

    @Test
    void theEchoedInstructionsAreTheClientsOwnWithoutTheMarkerInstruction() throws Exception {
        String echoed = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                "Be brief." + ResponseAnswers.INSTRUCTION_SEPARATOR + MARKER.instruction());
        byte[] body = response("[" + message("ok") + "]", echoed);
        JsonNode tree = UpstreamAnswerReader.parse(body);

        ResponseAnswers.strip(tree, body, MARKER);

        assertEquals("Be brief.", tree.path("instructions").asText());
        ObjectNode gatewayOnly = (ObjectNode) UpstreamAnswerReader.parse(response("[]",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(MARKER.instruction())));
        assertTrue(ResponseAnswers.restoreInstructions(gatewayOnly, MARKER));
        assertTrue(gatewayOnly.path("instructions").isNull(), "the client gave none");
    }
}

package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.intent.ResponseAnswers;
import io.taskgate.core.application.intent.ToolCalls;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.taskgate.core.application.streaming.SseRelayTest.upstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseStreamRelayTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final IntentMarker MARKER = new IntentMarker("feedc0ffee00", IntentMarker.DEFAULT_LABELS);
    static final String MARK = "\n<<intent-feedc0ffee00:test>>";

    static String event(String type, String fields) {
        return "event: " + type + "\ndata: {\"type\":\"" + type + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}\n\n";
    }

    static String delta(String text) throws Exception {
        return event("response.output_text.delta", "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":"
                + JSON.writeValueAsString(text));
    }

    static String textDone(String text) throws Exception {
        return event("response.output_text.done", "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"text\":"
                + JSON.writeValueAsString(text));
    }

    static String message(String text) throws Exception {
        return "{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":"
                + JSON.writeValueAsString(text) + "}]}";
    }

    static String completed(String output, String instructions) {
        return event("response.completed", "\"response\":{\"id\":\"resp_1\",\"instructions\":" + instructions
                + ",\"output\":" + output + ",\"usage\":{\"input_tokens\":21,\"output_tokens\":7,\"total_tokens\":28}}");
    }

    /** The relayed stream's events (their data), each checked to keep its event line. */
    static List<JsonNode> relayed(SseRelayTest.Client client) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String block : client.bytes.toString(StandardCharsets.UTF_8).split("\n\n")) {
            String[] lines = block.split("\n");
            JsonNode data = JSON.readTree(lines[1].substring(6));
            assertEquals("event: " + data.path("type").asText(), lines[0], "the event name stays with its data");
            events.add(data);
        }
        return events;
    }

    static String deltas(List<JsonNode> events) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.path("type").asText().equals("response.output_text.delta"))
                .forEach(e -> text.append(e.path("delta").asText()));
        return text.toString();
    }

    @Test
    void theMarkerNeverReachesTheClientInDeltasDoneEventsOrTheCompletedResponse() throws Exception {
        String full = "Run the tests" + MARK;
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = SseRelay.forResponses(MARKER);

        SseRelay.RelayResult result = relay.relay(upstream(delta("Run the "), delta("tests"), delta("\n<<intent-"),
                delta("feedc0ffee00:test>>"), textDone(full),
                event("response.content_part.done", "\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\","
                        + "\"text\":" + JSON.writeValueAsString(full) + "}"),
                event("response.output_item.done", "\"output_index\":0,\"item\":" + message(full)),
                completed("[" + message(full) + "]", "null")), client, () -> { });

        String raw = client.bytes.toString(StandardCharsets.UTF_8);
        assertFalse(raw.contains("intent-"), raw);
        List<JsonNode> events = relayed(client);
        assertEquals("Run the tests", deltas(events));
        assertEquals("Run the tests", events.get(4).path("text").asText());
        assertEquals("Run the tests", events.get(events.size() - 1).at("/response/output/0/content/0/text").asText());
        assertEquals("test", relay.intentLabel().orElseThrow());
        assertEquals("Run the tests", result.text(), "the stages see the clean text");
    }

    @Test
    void usageComesFromResponseCompletedWhichAlsoEndsTheStream() throws Exception {
        SseRelay relay = SseRelay.forResponses(null);

        SseRelay.RelayResult result = relay.relay(upstream(delta("Hi"), delta(" there"), completed("[]", "null")),
                new SseRelayTest.Client(), () -> { });

        assertEquals(21, result.usage().promptTokens());
        assertEquals(7, result.usage().completionTokens());
        assertFalse(result.usage().estimated());
        assertTrue(result.completed(), "no [DONE] follows a Responses stream");
        assertEquals(2, result.contentChunks());
        assertEquals("Hi there", result.text());
    }

    @Test
    void aStreamCutBeforeResponseCompletedIsNotComplete() throws Exception {
        SseRelay.RelayResult result = SseRelay.forResponses(MARKER).relay(upstream(delta("Hi")),
                new SseRelayTest.Client(), () -> { });
        assertFalse(result.completed());
        assertEquals(null, result.usage());
    }

    @Test
    void textHeldBackThatNeverBecameAMarkerIsReleasedBeforeItsDoneEvent() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay.forResponses(MARKER).relay(upstream(delta("a < b and "), delta("<<intent"), textDone("a < b and <<intent"),
                completed("[" + message("a < b and <<intent") + "]", "null")), client, () -> { });

        List<JsonNode> events = relayed(client);
        assertEquals("a < b and <<intent", deltas(events));
        assertEquals("response.output_text.delta", events.get(2).path("type").asText(), "released before .done");
        assertEquals("response.output_text.done", events.get(3).path("type").asText());
    }

    @Test
    void aStreamThatOnlyCallsAToolIsRecordedAsToolCall() throws Exception {
        String call = "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"c1\",\"name\":\"lookup\",\"arguments\":\"{}\"}";
        SseRelay relay = SseRelay.forResponses(MARKER);

        relay.relay(upstream(event("response.output_item.added", "\"output_index\":0,\"item\":" + call),
                event("response.function_call_arguments.done", "\"item_id\":\"fc_1\",\"arguments\":\"{}\""),
                completed("[" + call + "]", "null")), new SseRelayTest.Client(), () -> { });

        assertEquals(ToolCalls.LABEL, relay.intentLabel().orElseThrow());
    }

    @Test
    void theEchoedInstructionsLoseTheGatewaysMarkerInstruction() throws Exception {
        String instructions = JSON.writeValueAsString("Be brief." + ResponseAnswers.INSTRUCTION_SEPARATOR + MARKER.instruction());
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay.forResponses(MARKER).relay(upstream(
                event("response.created", "\"response\":{\"id\":\"resp_1\",\"instructions\":" + instructions + ",\"output\":[]}"),
                completed("[]", instructions)), client, () -> { });

        String raw = client.bytes.toString(StandardCharsets.UTF_8);
        assertFalse(raw.contains("feedc0ffee00"), raw);
        for (JsonNode event : relayed(client)) {
            assertEquals("Be brief.", event.at("/response/instructions").asText());
        }
    }
}

package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.intent.IntentMarker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.taskgate.core.application.streaming.SseRelayTest.DONE;
import static io.taskgate.core.application.streaming.SseRelayTest.FINISH;
import static io.taskgate.core.application.streaming.SseRelayTest.USAGE;
import static io.taskgate.core.application.streaming.SseRelayTest.upstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SseRelayIntentMarkerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final IntentMarker MARKER = new IntentMarker("feedc0ffee00", IntentMarker.DEFAULT_LABELS);

    static String delta(String content) throws Exception {
        return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":" + JSON.writeValueAsString(content) + "}}]}\n\n";
    }

    /** The content the client receives, concatenated from the relayed deltas. */
    static String clientText(String relayed) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String line : relayed.split("\n")) {
            if (line.startsWith("data: {")) {
                text.append(JSON.readTree(line.substring(6)).path("choices").path(0).path("delta").path("content").asText(""));
            }
        }
        return text.toString();
    }

    @Test
    void theMarkerSplitOverChunksNeverReachesTheClientAndItsLabelIsKept() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(true, MARKER);
        SseRelay.RelayResult result = relay.relay(upstream(delta("Run the "), delta("tests"), delta("\n<<intent-"),
                delta("feedc0ffee00:test>>"), FINISH, USAGE, DONE), client, () -> { });
        String relayed = client.bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(relayed.contains("intent-"), relayed);
        assertEquals("Run the tests", clientText(relayed));
        assertEquals("Run the tests", result.text(), "stages see the clean text");
        assertEquals("test", relay.intentLabel().orElseThrow());
        assertTrue(relayed.endsWith(DONE), relayed);
    }

    @Test
    void aChunkTheMarkerFilterLeavesAloneIsRelayedAsTheUpstreamSentIt() throws Exception {
        String spaced = "data: {\"id\":\"c1\", \"choices\": [{\"index\": 0, \"delta\": {\"content\": \"plain text\"}}]}\n\n";
        SseRelayTest.Client client = new SseRelayTest.Client();
        new SseRelay(false, MARKER).relay(upstream(spaced, DONE), client, () -> { });
        String relayed = client.bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(relayed.startsWith(spaced), "not decoded and encoded again: " + relayed);
    }

    @Test
    void everySplitOfTheMarkerIsStripped() throws Exception {
        String answer = "Deploy it.\n<<intent-feedc0ffee00:ops>>";
        for (int i = 1; i < answer.length(); i++) {
            SseRelayTest.Client client = new SseRelayTest.Client();
            SseRelay relay = new SseRelay(false, MARKER);
            relay.relay(upstream(delta(answer.substring(0, i)), delta(answer.substring(i)), FINISH, DONE), client, () -> { });
            String relayed = client.bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("Deploy it.", clientText(relayed), "split at " + i);
            assertEquals("ops", relay.intentLabel().orElseThrow());
        }
    }

    @Test
    void heldTextThatIsNoMarkerIsSentBeforeTheStreamEndsEvenWithoutAFinishChunk() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(false, MARKER);
        relay.relay(upstream(delta("a <<"), DONE), client, () -> { });
        String relayed = client.bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("a <<", clientText(relayed));
        assertEquals("unknown", relay.intentLabel().orElseThrow());
        List<String> events = new ArrayList<>(List.of(relayed.split("\n\n")));
        assertEquals("data: [DONE]", events.get(events.size() - 1));
    }

    @Test
    void withoutAMarkerRequestTheRelayLeavesEventsByteForByte() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(false);
        String in = delta("x <<intent-feedc0ffee00:code>>") + FINISH + DONE;
        relay.relay(upstream(in), client, () -> { });
        assertEquals(in, client.bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(relay.intentLabel().isEmpty());
    }

    static String choiceDelta(int index, String content) throws Exception {
        return "data: {\"choices\":[{\"index\":" + index + ",\"delta\":{\"content\":" + JSON.writeValueAsString(content)
                + "}}]}\n\n";
    }

    @Test
    void interleavedChoicesOfAnNGreaterThanOneStreamAreEachStrippedApart() throws Exception {
        SseRelayTest.Client client = new SseRelayTest.Client();
        SseRelay relay = new SseRelay(true, MARKER);
        relay.relay(upstream(choiceDelta(0, "First"), choiceDelta(1, "Second"), choiceDelta(0, "\n<<intent-"),
                choiceDelta(1, "\n<<intent-"), choiceDelta(0, "feedc0ffee00:code>>"), choiceDelta(1, "feedc0ffee00:doc>>"),
                FINISH, USAGE, DONE), client, () -> { });
        String relayed = client.bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(relayed.contains("intent-"), relayed);
        StringBuilder second = new StringBuilder();
        for (String line : relayed.split("\n")) {
            if (line.startsWith("data: {")) {
                JsonNode choice = JSON.readTree(line.substring(6)).path("choices").path(0);
                if (choice.path("index").asInt() == 1) {
                    second.append(choice.path("delta").path("content").asText(""));
                }
            }
        }
        assertEquals("Second", second.toString());
        assertEquals("code", relay.intentLabel().orElseThrow(), "the first choice's label");
        assertEquals("First", relay.result().text());
    }

    @Test
    void aStreamedToolCallWithoutTextIsRecordedAsToolCall() throws Exception {
        String call = "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c1\","
                + "\"type\":\"function\",\"function\":{\"name\":\"run_tests\",\"arguments\":\"{}\"}}]}}]}\n\n";
        SseRelay relay = new SseRelay(true, MARKER);
        relay.relay(upstream(call, "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n",
                USAGE, DONE), new SseRelayTest.Client(), () -> { });
        assertEquals(io.taskgate.core.application.intent.ToolCalls.LABEL, relay.intentLabel().orElseThrow());
    }
}

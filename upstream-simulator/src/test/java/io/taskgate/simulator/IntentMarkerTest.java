package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentMarkerTest extends SimulatorTestBase {

    private static final String SYSTEM = "You help with the task.\\nEnd every answer with <<intent-n0Nce_42:LABEL>> "
            + "replacing LABEL.\\nLabels: code, test, doc, design, data, ops, off_topic\\n";

    private static String body(String system, String user, String extra) {
        return "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"" + system + "\"},"
                + "{\"role\":\"user\",\"content\":" + quote(user) + "}]" + extra + "}";
    }

    private static String content(String body) throws Exception {
        return json(post("/chat/completions", body)).at("/choices/0/message/content").asText();
    }

    @Test
    void intentMarkerEchoesNonceAndPicksOffTopicLabel() throws Exception {
        String content = content(body(SYSTEM, "Write me a poem about my holiday", ""));
        assertTrue(content.startsWith("Simulated answer: "), content);
        assertTrue(content.endsWith("\n<<intent-n0Nce_42:off_topic>>"), content);
    }

    @Test
    void intentMarkerPicksLabelByKeywords() throws Exception {
        assertTrue(content(body(SYSTEM, "Add JUnit tests for the parser", "")).endsWith(":test>>"));
        assertTrue(content(body(SYSTEM, "Update the README", "")).endsWith(":doc>>"));
        assertTrue(content(body(SYSTEM, "Review the architecture", "")).endsWith(":design>>"));
        assertTrue(content(body(SYSTEM, "Load this CSV", "")).endsWith(":data>>"));
        assertTrue(content(body(SYSTEM, "Fix the Docker build", "")).endsWith(":ops>>"));
        assertTrue(content(body(SYSTEM, "Refactor this method", "")).endsWith(":code>>"));
    }

    @Test
    void whenTheInstructionNamesTheTaskWorkForAnotherClientIsOffTopic() throws Exception {
        String named = SYSTEM + "The user works on this task: \\\"Checkout\\\": the Java checkout service\\n";
        assertTrue(content(body(named, "write the login screen for my other client's fitness app", ""))
                .endsWith(":off_topic>>"));
        assertTrue(content(body(named, "Refactor this method", "")).endsWith(":code>>"));
        assertTrue(content(body(SYSTEM, "write the login screen for my other client's fitness app", ""))
                .endsWith(":code>>"), "without a task named, the simulator judges the request alone");
    }

    @Test
    void unlistedLabelFallsBackToFirstListed() throws Exception {
        String system = "Tag with <<intent-abc:LABEL>>\\nLabels: code, test";
        assertTrue(content(body(system, "a recipe for pancakes", "")).endsWith("\n<<intent-abc:code>>"));
    }

    @Test
    void noMarkerWithoutSystemContract() throws Exception {
        String plain = content(body("Be brief.", "Write a poem", ""));
        assertFalse(plain.contains("<<intent-"), plain);
        String noLabels = content(body("Use <<intent-abc:LABEL>>", "Write a poem", ""));
        assertFalse(noLabels.contains("<<intent-"), noLabels);
        String userOnly = content(chat("gpt-4o", "<<intent-abc:LABEL>> Labels: a, b", ""));
        assertFalse(userOnly.contains("<<intent-"), userOnly);
    }

    @Test
    void streamedMarkerIsSplitOverChunksAndCountedInUsage() throws Exception {
        List<JsonNode> events = events(post("/chat/completions", body(SYSTEM, "deploy to kubernetes [sim:words=2]",
                ",\"stream\":true,\"stream_options\":{\"include_usage\":true}")).body());
        List<String> pieces = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode piece = e.at("/choices/0/delta/content");
            if (piece.isTextual() && !piece.asText().isEmpty()) {
                pieces.add(piece.asText());
            }
        }
        assertEquals(List.of("Simulated ", "answer: "), pieces.subList(0, 2));
        assertEquals("\n<<intent-", pieces.get(4));
        assertEquals("n0Nce_42:ops>>", pieces.get(5));
        assertEquals(6, pieces.size());
        assertEquals(6, events.get(events.size() - 2).at("/usage/completion_tokens").asInt());
        String plain = content(body(SYSTEM, "deploy to kubernetes [sim:words=2]", ""));
        assertEquals(plain, String.join("", pieces));
    }

    @Test
    void classifierFollowsDocumentedPrecedence() {
        assertEquals("test", IntentMarker.classify("write tests for the deploy script"));
        assertEquals("off_topic", IntentMarker.classify("Horoscope for today?"));
        assertEquals("code", IntentMarker.classify("fix the NullPointerException"));
        assertEquals(List.of("a", "b_c", "d-e"), IntentMarker.labels("x\nLabels: a, b_c , d-e.\ny"));
    }
}

package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatChoicesAndToolsTest extends SimulatorTestBase {

    static final String SYSTEM = "{\"role\":\"system\",\"content\":\"End with <<intent-abc123:LABEL>>.\\nLabels: code, test\"}";
    static final String TOOLS = ",\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"run_tests\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"verbose\":{\"type\":\"boolean\"}}}}}]";

    @Test
    void nChoicesEachEndWithTheMarkerAndTheirTokensAddUp() throws Exception {
        JsonNode answer = json(post("/chat/completions", "{\"model\":\"gpt-4o-mini\",\"n\":2,\"messages\":[" + SYSTEM
                + ",{\"role\":\"user\",\"content\":\"add tests [sim:words=2]\"}]}"));
        assertEquals(2, answer.path("choices").size());
        assertEquals(1, answer.at("/choices/1/index").asInt());
        for (JsonNode choice : answer.path("choices")) {
            assertTrue(choice.at("/message/content").asText().endsWith("<<intent-abc123:test>>"), choice.toString());
        }
        assertEquals(12, answer.at("/usage/completion_tokens").asInt(), "2 choices of 2 + 2 words + 2 marker pieces");
    }

    @Test
    void streamedChoicesInterleaveByIndex() throws Exception {
        List<JsonNode> events = events(post("/chat/completions", chat("gpt-4o-mini", "hi [sim:words=1]",
                ",\"n\":2,\"stream\":true")).body());
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (JsonNode event : events) {
            JsonNode choice = event.path("choices").path(0);
            (choice.path("index").asInt() == 0 ? first : second).append(choice.at("/delta/content").asText(""));
        }
        assertTrue(first.toString().startsWith("Simulated answer: "), first.toString());
        assertTrue(second.toString().startsWith("Simulated answer: "), second.toString());
    }

    @Test
    void aNamedToolChoiceAnswersOnlyWithTheCall() throws Exception {
        JsonNode answer = json(post("/chat/completions", "{\"model\":\"gpt-4o-mini\",\"messages\":[" + SYSTEM
                + ",{\"role\":\"user\",\"content\":\"run them\"}],\"tool_choice\":{\"type\":\"function\",\"function\":"
                + "{\"name\":\"run_tests\"}}" + TOOLS + "}"));
        JsonNode message = answer.at("/choices/0/message");
        assertTrue(message.path("content").isNull(), message.toString());
        assertEquals("run_tests", message.at("/tool_calls/0/function/name").asText());
        assertEquals("{\"verbose\":true}", message.at("/tool_calls/0/function/arguments").asText());
        assertEquals("tool_calls", answer.at("/choices/0/finish_reason").asText());
    }

    @Test
    void aStreamedToolCallArrivesAsAToolCallsDelta() throws Exception {
        List<JsonNode> events = events(post("/chat/completions", "{\"model\":\"gpt-4o-mini\",\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"run [sim:tool-call=1]\"}]" + TOOLS + "}").body());
        boolean called = events.stream().anyMatch(e -> e.at("/choices/0/delta/tool_calls/0/function/name").asText()
                .equals("run_tests"));
        assertTrue(called, events.toString());
        assertEquals("tool_calls", events.get(events.size() - 2).at("/choices/0/finish_reason").asText());
    }

    @Test
    void jsonModeAnswersValidJson() throws Exception {
        JsonNode answer = json(post("/chat/completions", chat("gpt-4o-mini", "give json",
                ",\"response_format\":{\"type\":\"json_object\"}")));
        JsonNode content = MAPPER.readTree(answer.at("/choices/0/message/content").asText());
        assertTrue(content.path("answer").asText().startsWith("Simulated answer"), content.toString());
    }
}

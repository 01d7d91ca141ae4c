package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsAndCompletionsTest extends SimulatorTestBase {

    @Test
    void modelsListNamesTheSimulatorAsOwner() throws Exception {
        JsonNode json = json(get(sim.baseUrl() + "/models", "Bearer " + KEY));
        assertEquals("list", json.get("object").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode model : json.get("data")) {
            ids.add(model.get("id").asText());
            assertEquals("model", model.get("object").asText());
            assertEquals("taskgate-simulator", model.get("owned_by").asText());
            assertTrue(model.get("created").asLong() > 0);
        }
        assertEquals(List.of("gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "text-embedding-3-small",
                "omni-moderation-latest", "gpt-3.5-turbo-instruct"), ids);
        assertEquals("gpt-4o", json(get(sim.baseUrl() + "/models/gpt-4o", "Bearer " + KEY)).get("id").asText());
        assertEquals(404, get(sim.baseUrl() + "/models/nope", "Bearer " + KEY).statusCode());
    }

    @Test
    void legacyCompletionReturnsTextCompletion() throws Exception {
        JsonNode json = json(post("/completions",
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"Say hi [sim:words=5]\",\"max_tokens\":50}"));
        assertEquals("text_completion", json.get("object").asText());
        assertTrue(json.get("id").asText().startsWith("cmpl-sim-"));
        String text = json.at("/choices/0/text").asText();
        assertTrue(text.startsWith("Simulated answer: "));
        assertEquals(7, text.split(" ").length);
        assertEquals("stop", json.at("/choices/0/finish_reason").asText());
        assertEquals(5, json.at("/usage/prompt_tokens").asInt()); // 20 chars
        assertEquals(7, json.at("/usage/completion_tokens").asInt());

        JsonNode array = json(post("/completions",
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":[\"abcd\",\"efgh\"],\"max_tokens\":2}"));
        assertEquals(2, array.at("/usage/prompt_tokens").asInt());
        assertEquals("length", array.at("/choices/0/finish_reason").asText());
        assertEquals("Simulated answer: ", array.at("/choices/0/text").asText());
    }

    @Test
    void legacyCompletionStreams() throws Exception {
        List<JsonNode> events = events(post("/completions",
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"p [sim:words=2]\",\"stream\":true,"
                        + "\"stream_options\":{\"include_usage\":true}}").body());
        // "Simulated ", "answer: ", 2 words, finish, usage, [DONE]
        assertEquals(7, events.size());
        StringBuilder text = new StringBuilder();
        for (JsonNode e : events.subList(0, 4)) {
            assertEquals("text_completion", e.get("object").asText());
            assertTrue(e.get("usage").isNull());
            text.append(e.at("/choices/0/text").asText());
        }
        assertTrue(text.toString().startsWith("Simulated answer: "));
        assertEquals("stop", events.get(4).at("/choices/0/finish_reason").asText());
        assertEquals(4, events.get(5).at("/usage/completion_tokens").asInt());
        assertEquals("[DONE]", events.get(6).asText());
    }
}

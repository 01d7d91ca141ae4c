package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesTest extends SimulatorTestBase {

    static final String CONTRACT = "End with <<intent-n0nce77:LABEL>> replacing LABEL.\\nLabels: code, test, off_topic";

    static String text(JsonNode response) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : response.path("output")) {
            for (JsonNode part : item.path("content")) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    /** The SSE blocks of a Responses stream: each an {@code event:} line naming the type, then its data. */
    static List<JsonNode> responseEvents(String body) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String[] lines = block.split("\n");
            assertTrue(lines[0].startsWith("event: ") && lines[1].startsWith("data: "), block);
            JsonNode data = MAPPER.readTree(lines[1].substring(6));
            assertEquals(lines[0].substring(7), data.path("type").asText(), "the event line names the data's type");
            events.add(data);
        }
        return events;
    }

    @Test
    void aPlainResponseCarriesItsTextAsAnOutputMessageWithInputAndOutputTokens() throws Exception {
        HttpResponse<String> answer = post("/responses", "{\"model\":\"gpt-4o-mini\",\"input\":\"hello there [sim:words=3]\"}");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode response = json(answer);
        assertEquals("response", response.path("object").asText());
        assertEquals("completed", response.path("status").asText());
        assertEquals("message", response.at("/output/0/type").asText());
        assertEquals("output_text", response.at("/output/0/content/0/type").asText());
        assertTrue(text(response).startsWith("Simulated answer: "), text(response));
        assertEquals(5, response.at("/usage/output_tokens").asInt(), "one token a piece: 2 + 3 words");
        assertEquals(7, response.at("/usage/input_tokens").asInt(), "25 characters, four a token");
        assertEquals(12, response.at("/usage/total_tokens").asInt());
    }

    @Test
    void theMarkerContractInInstructionsEndsTheAnswerWithTheMarker() throws Exception {
        JsonNode response = json(post("/responses", "{\"model\":\"gpt-4o-mini\",\"instructions\":\"" + CONTRACT
                + "\",\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"add junit tests\"}]}]}"));
        assertTrue(text(response).endsWith("\n<<intent-n0nce77:test>>"), text(response));
    }

    @Test
    void maxOutputTokensCutsTheAnswerAndMarksItIncomplete() throws Exception {
        JsonNode response = json(post("/responses", "{\"model\":\"gpt-4o-mini\",\"input\":\"hi\",\"max_output_tokens\":3}"));
        assertEquals("incomplete", response.path("status").asText());
        assertEquals("max_output_tokens", response.at("/incomplete_details/reason").asText());
        assertEquals(3, response.at("/usage/output_tokens").asInt());
    }

    @Test
    void aStreamSendsNamedResponseEventsEndingWithCompletedAndNoDone() throws Exception {
        HttpResponse<String> answer = post("/responses", "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"instructions\":\""
                + CONTRACT + "\",\"input\":\"write code [sim:words=2]\"}");
        assertFalse(answer.body().contains("[DONE]"), answer.body());
        List<JsonNode> events = responseEvents(answer.body());
        assertEquals("response.created", events.get(0).path("type").asText());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("response.completed", last.path("type").asText());
        StringBuilder deltas = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i, events.get(i).path("sequence_number").asInt());
            if (events.get(i).path("type").asText().equals("response.output_text.delta")) {
                deltas.append(events.get(i).path("delta").asText());
            }
        }
        assertTrue(deltas.toString().endsWith("\n<<intent-n0nce77:code>>"), deltas.toString());
        assertEquals(deltas.toString(), text(last.path("response")));
        assertEquals(6, last.at("/response/usage/output_tokens").asInt(), "2 + 2 words + 2 marker pieces");
    }

    @Test
    void aRequiredToolIsCalledWithArgumentsFromItsSchemaAndAToolResultIsAnsweredWithText() throws Exception {
        String tools = ",\"tools\":[{\"type\":\"function\",\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\","
                + "\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"}}}}]";
        JsonNode call = json(post("/responses", "{\"model\":\"gpt-4o-mini\",\"input\":\"weather?\",\"tool_choice\":\"required\""
                + tools + "}"));
        assertEquals("function_call", call.at("/output/0/type").asText());
        assertEquals("get_weather", call.at("/output/0/name").asText());
        assertEquals("{\"city\":\"simulated\",\"days\":1}", call.at("/output/0/arguments").asText());
        JsonNode answer = json(post("/responses", "{\"model\":\"gpt-4o-mini\",\"tool_choice\":\"required\",\"input\":["
                + "{\"role\":\"user\",\"content\":\"weather?\"},{\"type\":\"function_call_output\",\"call_id\":\"c1\","
                + "\"output\":\"sunny\"}]" + tools + "}"));
        assertEquals("message", answer.at("/output/0/type").asText());
    }

    @Test
    void aStreamedToolCallSendsItsArgumentsAndNoText() throws Exception {
        List<JsonNode> events = responseEvents(post("/responses", "{\"model\":\"gpt-4o-mini\",\"stream\":true,"
                + "\"input\":\"look it up [sim:tool-call=1]\",\"tools\":[{\"type\":\"function\",\"name\":\"lookup\"}]}").body());
        List<String> types = events.stream().map(e -> e.path("type").asText()).toList();
        assertTrue(types.contains("response.function_call_arguments.done"), types.toString());
        assertFalse(types.contains("response.output_text.delta"), types.toString());
        assertEquals("function_call", events.get(events.size() - 1).at("/response/output/0/type").asText());
    }

    @Test
    void jsonModeAnswersOneJsonObjectWithoutAMarker() throws Exception {
        JsonNode response = json(post("/responses", "{\"model\":\"gpt-4o-mini\",\"instructions\":\"" + CONTRACT
                + "\",\"input\":\"list it\",\"text\":{\"format\":{\"type\":\"json_object\"}}}"));
        JsonNode parsed = MAPPER.readTree(text(response));
        assertTrue(parsed.path("answer").asText().startsWith("Simulated answer"), text(response));
    }

    @Test
    void anInputThatIsNeitherAStringNorItemsIs400() throws Exception {
        HttpResponse<String> answer = post("/responses", "{\"model\":\"gpt-4o-mini\",\"input\":42}");
        assertEquals(400, answer.statusCode());
        assertEquals("input", json(answer).at("/error/param").asText());
    }
}

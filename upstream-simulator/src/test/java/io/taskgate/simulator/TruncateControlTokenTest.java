package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code [sim:truncate=N]}: an upstream that answers 200 with JSON cut off, for the gateway's broken-answer tests. */
class TruncateControlTokenTest extends SimulatorTestBase {

    static List<String> blocks(String sse) {
        List<String> blocks = new ArrayList<>();
        for (String block : sse.split("\n\n")) {
            if (!block.isBlank()) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    @Test
    void truncateCutsAPlainAnswerAfterNBytesWithAMatchingContentLength() throws Exception {
        HttpResponse<String> response = post("/chat/completions", chat("gpt-4o-mini", "hi [sim:truncate=25]", ""));

        assertEquals(200, response.statusCode());
        assertEquals(25, response.body().getBytes(StandardCharsets.UTF_8).length);
        assertEquals("25", response.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(response.body().startsWith("{\"id\":\"chatcmpl-"), response.body());
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(response.body()));
    }

    @Test
    void truncateLongerThanTheAnswerStillCutsItsLastByte() throws Exception {
        String whole = post("/completions", "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x\"}").body();
        HttpResponse<String> response = post("/completions",
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x [sim:truncate=999999]\"}");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().length() < whole.length() + "[sim:truncate=999999]".length());
        assertTrue(response.body().startsWith("{\"id\":\"cmpl-"), response.body());
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(response.body()));
    }

    @Test
    void truncateBreaksTheStreamEventAfterNAndTheStreamGoesOn() throws Exception {
        HttpResponse<String> response = post("/chat/completions",
                chat("gpt-4o-mini", "stream [sim:words=2] [sim:truncate=2]", ",\"stream\":true"));

        assertEquals(200, response.statusCode());
        List<String> blocks = blocks(response.body());
        // role, "Simulated ", "answer: " (cut), 2 words, finish, [DONE]
        assertEquals(7, blocks.size(), response.body());
        MAPPER.readTree(blocks.get(0).substring(6));
        MAPPER.readTree(blocks.get(1).substring(6));
        assertTrue(blocks.get(2).startsWith("data: {\"id\":\"chatcmpl-"), blocks.get(2));
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(blocks.get(2).substring(6)));
        MAPPER.readTree(blocks.get(3).substring(6));
        assertEquals("data: [DONE]", blocks.get(6));
    }

    @Test
    void truncateZeroBreaksTheFirstStreamEvent() throws Exception {
        HttpResponse<String> response = post("/chat/completions",
                chat("gpt-4o-mini", "stream [sim:truncate=0]", ",\"stream\":true"));

        List<String> blocks = blocks(response.body());
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(blocks.get(0).substring(6)));
        MAPPER.readTree(blocks.get(1).substring(6));
    }

    @Test
    void withoutTheTokenAnswersStayWhole() throws Exception {
        MAPPER.readTree(post("/chat/completions", chat("gpt-4o-mini", "hi", "")).body());
        for (String block : blocks(post("/chat/completions", chat("gpt-4o-mini", "hi", ",\"stream\":true")).body())) {
            if (!block.equals("data: [DONE]")) {
                MAPPER.readTree(block.substring(6));
            }
        }
    }
}

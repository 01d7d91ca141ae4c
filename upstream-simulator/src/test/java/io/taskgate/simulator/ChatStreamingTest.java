package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChatStreamingTest extends SimulatorTestBase {

    @Test
    void streamSendsOneWordPerEventThenFinishAndDone() throws Exception {
        HttpResponse<String> response = post("/chat/completions",
                chat("gpt-4o-mini", "stream it [sim:words=4]", ",\"stream\":true"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "stream must be chunked");
        List<JsonNode> events = events(response.body());
        // role chunk, "Simulated ", "answer: ", 4 words, finish chunk, [DONE]
        assertEquals(1 + 2 + 4 + 1 + 1, events.size());
        JsonNode first = events.get(0);
        assertEquals("chat.completion.chunk", first.get("object").asText());
        assertEquals("assistant", first.at("/choices/0/delta/role").asText());
        assertEquals("", first.at("/choices/0/delta/content").asText());
        assertEquals("Simulated ", events.get(1).at("/choices/0/delta/content").asText());
        assertTrue(events.get(1).at("/choices/0/finish_reason").isNull());
        JsonNode finish = events.get(7);
        assertEquals("stop", finish.at("/choices/0/finish_reason").asText());
        assertTrue(finish.at("/choices/0/delta").isEmpty());
        assertEquals("[DONE]", events.get(8).asText());
        String id = first.get("id").asText();
        events.subList(0, 8).forEach(e -> assertEquals(id, e.get("id").asText()));
        events.subList(0, 8).forEach(e -> assertFalse(e.has("usage"), "no usage field unless requested"));
    }

    @Test
    void streamedContentEqualsNonStreamedContent() throws Exception {
        String plain = json(post("/chat/completions", chat("gpt-4o", "same text", "")))
                .at("/choices/0/message/content").asText();
        StringBuilder streamed = new StringBuilder();
        for (JsonNode e : events(post("/chat/completions", chat("gpt-4o", "same text", ",\"stream\":true")).body())) {
            streamed.append(e.at("/choices/0/delta/content").asText(""));
        }
        assertEquals(plain, streamed.toString());
    }

    @Test
    void streamSendsUsageChunkOnlyWhenIncludeUsageRequested() throws Exception {
        String user = "abcdefgh"; // 8 chars -> 2 prompt tokens
        List<JsonNode> events = events(post("/chat/completions", chat("gpt-4o", user + "[sim:words=2]",
                ",\"stream\":true,\"stream_options\":{\"include_usage\":true}")).body());
        // "abcdefgh[sim:words=2]" is 21 chars -> 6 prompt tokens
        JsonNode usageChunk = events.get(events.size() - 2);
        assertEquals(0, usageChunk.get("choices").size());
        assertEquals(6, usageChunk.at("/usage/prompt_tokens").asInt());
        assertEquals(4, usageChunk.at("/usage/completion_tokens").asInt());
        assertEquals(10, usageChunk.at("/usage/total_tokens").asInt());
        for (JsonNode e : events.subList(0, events.size() - 2)) {
            assertTrue(e.has("usage") && e.get("usage").isNull(), "other chunks carry usage:null: " + e);
        }
        assertEquals("[DONE]", events.get(events.size() - 1).asText());

        List<JsonNode> without = events(post("/chat/completions", chat("gpt-4o", user,
                ",\"stream\":true,\"stream_options\":{\"include_usage\":false}")).body());
        without.forEach(e -> assertFalse(e.has("usage"), "no usage chunk: " + e));
        without.subList(0, without.size() - 1).forEach(e -> assertEquals(1, e.get("choices").size()));
    }

    @Test
    void streamWithMaxTokensFinishesWithLength() throws Exception {
        List<JsonNode> events = events(post("/chat/completions",
                chat("gpt-4o", "x", ",\"stream\":true,\"max_tokens\":3")).body());
        assertEquals(1 + 3 + 1 + 1, events.size());
        assertEquals("length", events.get(4).at("/choices/0/finish_reason").asText());
    }

    @Test
    void chunkDelayControlTokenFlushesEventsIncrementally() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/chat/completions"))
                .header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString(
                        chat("gpt-4o", "slow [sim:words=3] [sim:chunk-delay-ms=150]", ",\"stream\":true")))
                .build();
        long start = System.nanoTime();
        HttpResponse<Stream<String>> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
        List<Long> arrivals = new ArrayList<>();
        Iterator<String> lines = response.body().iterator();
        while (lines.hasNext()) {
            if (lines.next().startsWith("data: ")) {
                arrivals.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        // role, 2 prefix, 3 words, finish, [DONE] = 8 events, 7 gaps of 150 ms
        assertEquals(8, arrivals.size());
        assertTrue(arrivals.get(0) < 140, "first event is flushed before the delays: " + arrivals);
        assertTrue(arrivals.get(7) - arrivals.get(0) >= 7 * 150 - 50, "events are spaced: " + arrivals);
    }
}

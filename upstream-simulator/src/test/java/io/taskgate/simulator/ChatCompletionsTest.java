package io.taskgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ChatCompletionsTest extends SimulatorTestBase {

    @Test
    void chatCompletionReportsUsageFromMessageLength() throws Exception {
        String system = "You are helpful.";                    // 16 chars
        String user = "Explain the visitor pattern please"; // 34 chars
        String body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\",\"content\":" + quote(system)
                + "},{\"role\":\"user\",\"content\":" + quote(user) + "}]}";
        HttpResponse<String> response = post("/chat/completions", body);

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(response.body().getBytes().length,
                Integer.parseInt(response.headers().firstValue("Content-Length").orElseThrow()));
        JsonNode json = json(response);
        assertTrue(json.get("id").asText().startsWith("chatcmpl-sim-"));
        assertEquals("chat.completion", json.get("object").asText());
        assertEquals("gpt-4o-mini", json.get("model").asText());
        JsonNode choice = json.get("choices").get(0);
        assertEquals("assistant", choice.get("message").get("role").asText());
        assertEquals("stop", choice.get("finish_reason").asText());
        String content = choice.get("message").get("content").asText();
        assertTrue(content.startsWith("Simulated answer: "), content);
        assertEquals(2 + 12, content.split(" ").length, "prefix (2) + 12 default words: " + content);
        assertEquals((16 + 34 + 3) / 4, json.get("usage").get("prompt_tokens").asInt());
        assertEquals(14, json.get("usage").get("completion_tokens").asInt());
        assertEquals((16 + 34 + 3) / 4 + 14, json.get("usage").get("total_tokens").asInt());
    }

    @Test
    void answerIsDeterministicFromLastUserMessage() throws Exception {
        String a1 = json(post("/chat/completions", chat("gpt-4o", "first question", "")))
                .at("/choices/0/message/content").asText();
        String a2 = json(post("/chat/completions", chat("gpt-4o", "first question", "")))
                .at("/choices/0/message/content").asText();
        String b = json(post("/chat/completions", chat("gpt-4o", "another question entirely", "")))
                .at("/choices/0/message/content").asText();
        assertEquals(a1, a2);
        assertNotEquals(a1, b);
    }

    @Test
    void wordsControlTokenSetsAnswerLength() throws Exception {
        JsonNode json = json(post("/chat/completions", chat("gpt-4o", "hi [sim:words=3]", "")));
        String content = json.at("/choices/0/message/content").asText();
        assertEquals(5, content.split(" ").length, content);
        assertEquals(5, json.at("/usage/completion_tokens").asInt());
    }

    @Test
    void maxTokensCapsAnswerWithFinishReasonLength() throws Exception {
        JsonNode json = json(post("/chat/completions", chat("gpt-4o", "hi", ",\"max_tokens\":4")));
        assertEquals("length", json.at("/choices/0/finish_reason").asText());
        assertEquals(4, json.at("/usage/completion_tokens").asInt());
        assertEquals(4, json.at("/choices/0/message/content").asText().trim().split(" ").length);

        JsonNode newer = json(post("/chat/completions", chat("gpt-4o", "hi", ",\"max_completion_tokens\":6")));
        assertEquals("length", newer.at("/choices/0/finish_reason").asText());
        assertEquals(6, newer.at("/usage/completion_tokens").asInt());

        JsonNode roomy = json(post("/chat/completions", chat("gpt-4o", "hi", ",\"max_tokens\":100")));
        assertEquals("stop", roomy.at("/choices/0/finish_reason").asText());
    }

    @Test
    void contentPartArraysCountTowardsPromptTokens() throws Exception {
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":"
                + "[{\"type\":\"text\",\"text\":\"12345678\"}]}]}";
        assertEquals(2, json(post("/chat/completions", body)).at("/usage/prompt_tokens").asInt());
    }

    @Test
    void missingMessagesOrModelIsRejectedWith400() throws Exception {
        HttpResponse<String> noMessages = post("/chat/completions", "{\"model\":\"gpt-4o\"}");
        assertEquals(400, noMessages.statusCode());
        assertEquals("invalid_request_error", json(noMessages).at("/error/type").asText());
        HttpResponse<String> noModel = post("/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
        assertEquals(400, noModel.statusCode());
        assertEquals("model", json(noModel).at("/error/param").asText());
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.BadRequestException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tools that let a user set only a base URL and a key: the official OpenAI SDK configured with nothing else names
 * its task in the base URL ({@code /t/<task>/v1}) or through a key issued for one task; places that disagree are
 * refused with 400 {@code task_conflict}.
 */
@ExtendWith(StackExtension.class)
class TaskWithoutHeaderIT {

    static TestStack stack() {
        return TestStack.current();
    }

    /** The SDK as such a tool configures it: base URL and key, no extra header. */
    static OpenAIClient sdk(String baseUrl, String key) {
        return OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(key).maxRetries(0).build();
    }

    static ChatCompletionCreateParams chat(String prompt) {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(prompt).build();
    }

    static String keyFor(String... tasks) {
        String list = String.join("\",\"", tasks);
        JsonNode key = AdminApi.expect(201, AdminApi.as("bob").json("POST", "/api/keys",
                "{\"name\":\"ide\",\"tasks\":[\"" + list + "\"],\"expiresInDays\":1}"));
        return key.path("key").asText();
    }

    static String gateway() {
        return stack().h2Gateway().baseUrl();
    }

    @Test
    void theBaseUrlNamesTheTaskWhenTheToolCannotAddAHeader() {
        ChatCompletion answer = sdk(gateway() + "/t/acme-docs/v1", stack().token("bob")).chat().completions()
                .create(chat("Draft the install page [sim:words=4]"));
        assertTrue(answer.choices().get(0).message().content().orElseThrow().startsWith("Simulated"), answer.toString());
        assertEquals(1, sdk(gateway() + "/t/acme-docs/v1", stack().token("bob")).models().list().data().stream()
                .filter(m -> m.id().equals("gpt-4o-mini")).count());
    }

    @Test
    void aKeyIssuedForOneTaskNamesItWithThePlainBaseUrl() {
        String key = keyFor("acme-checkout");
        ChatCompletion answer = sdk(gateway() + "/v1", key).chat().completions().create(chat("Cart test [sim:words=4]"));
        assertTrue(answer.choices().get(0).message().content().isPresent());
    }

    @Test
    void aKeyForSeveralTasksStillNeedsTheTaskNamed() {
        String key = keyFor("acme-checkout", "acme-docs");
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> sdk(gateway() + "/v1", key).chat().completions().create(chat("hi")));
        assertEquals("missing_task_id", e.code().orElseThrow());
        assertTrue(e.getMessage().contains("/t/"), "the message shows the base-URL way: " + e.getMessage());
        assertTrue(sdk(gateway() + "/t/acme-docs/v1", key).chat().completions().create(chat("ok [sim:words=2]"))
                .choices().get(0).message().content().isPresent());
    }

    @Test
    void placesThatDisagreeAreRefusedWith400TaskConflict() {
        String key = keyFor("acme-checkout");
        BadRequestException keyAndUrl = assertThrows(BadRequestException.class,
                () -> sdk(gateway() + "/t/acme-docs/v1", key).chat().completions().create(chat("hi")));
        assertEquals("task_conflict", keyAndUrl.code().orElseThrow());
        HttpResponse<String> headerAndUrl = RawHttp.post(gateway() + "/t/acme-docs/v1/chat/completions",
                stack().token("bob"), "acme-checkout",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        assertEquals(400, headerAndUrl.statusCode(), headerAndUrl.body());
        assertEquals("task_conflict", RawHttp.errorCode(headerAndUrl));
        assertTrue(RawHttp.json(headerAndUrl.body()).path("error").path("message").asText().contains("acme-docs"));
    }

    @Test
    void aBaseUrlWithoutV1IsA404InOpenAiJson() {
        HttpResponse<String> answer = RawHttp.post(gateway() + "/t/acme-docs/chat/completions", stack().token("bob"), null,
                "{}");
        assertEquals(404, answer.statusCode());
        assertEquals("unknown_endpoint", RawHttp.errorCode(answer));
    }
}

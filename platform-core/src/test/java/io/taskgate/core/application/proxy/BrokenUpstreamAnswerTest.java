package io.taskgate.core.application.proxy;

import io.taskgate.core.application.upstream.UpstreamErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An upstream that answers 200 with a body that is not JSON: the client gets 502, never the broken bytes. */
class BrokenUpstreamAnswerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String WHOLE = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
            + "\"message\":{\"role\":\"assistant\",\"content\":\"Simulated answer: alfa\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}";

    static ProxyExchange exchange(Endpoint endpoint) {
        Caller caller = new Caller("sub-b", "bob", Caller.AuthKind.TOKEN, null, Set.of("acme"),
                Set.of("acme-checkout"), Set.of(endpoint.claimName()), Set.of("gpt-4o-mini"), Set.of());
        TaskInfo task = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of());
        return new ProxyExchange(Instant.now(), System.nanoTime(), caller, task, endpoint,
                new ProxyExchange.ProxyRequestBody() {
                    @Override
                    public Optional<String> model() {
                        return Optional.of("gpt-4o-mini");
                    }
                });
    }

    static UpstreamOutcome.Answered answer(ProxyExchange exchange, String body) {
        return UpstreamCall.answered(exchange, 200, "application/json", null, body.getBytes(StandardCharsets.UTF_8));
    }

    static void assertUpstreamError502(UpstreamOutcome.Answered answered, String broken) throws Exception {
        assertEquals(502, answered.status());
        assertEquals("upstream_error", answered.refusalCode());
        assertEquals("application/json", answered.headers().get("Content-Type"));
        JsonNode error = JSON.readTree(answered.body()).path("error");
        assertEquals("upstream_error", error.path("code").asText());
        assertEquals("server_error", error.path("type").asText());
        assertTrue(error.path("message").asText().contains("not valid JSON"), error.path("message").asText());
        String shown = new String(answered.body(), StandardCharsets.UTF_8);
        assertFalse(broken.length() > 5 && shown.contains(broken), "the broken bytes are not passed on");
    }

    @Test
    void truncatedUpstreamJsonBecomes502UpstreamError() throws Exception {
        String truncated = WHOLE.substring(0, 60);
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS);

        assertUpstreamError502(answer(exchange, truncated), truncated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"id\":\"chatcmpl-1\",\"choices\":[{\"message\":{\"content\":\"Hel",
            "<html>ok</html>", "not json", "[1,2]", "\"a string\"", "42", "null",
            "{\"id\":\"chatcmpl-1\"} trailing", "{\"id\":1}{\"id\":2}"})
    void aSuccessWhoseBodyIsNotOneJsonObjectBecomes502(String body) throws Exception {
        for (Endpoint endpoint : new Endpoint[]{Endpoint.CHAT_COMPLETIONS, Endpoint.COMPLETIONS, Endpoint.EMBEDDINGS}) {
            assertUpstreamError502(answer(exchange(endpoint), body), body);
        }
    }

    @Test
    void aBrokenAnswerIsSettledAsAnUpstreamErrorWithNothingRead() {
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS);

        answer(exchange, WHOLE.substring(0, WHOLE.length() - 1));

        assertEquals(Optional.of(UpstreamErrors.BROKEN_ANSWER_STATUS), exchange.upstreamStatus());
        assertTrue(exchange.upstreamStatus().orElseThrow() >= 300, "settled like any failed upstream call");
        assertEquals(Optional.empty(), exchange.usage(), "no usage is invented");
        assertEquals(Optional.empty(), exchange.completionText());
    }

    @Test
    void aWholeAnswerStillPassesThroughWithItsUsage() {
        ProxyExchange exchange = exchange(Endpoint.CHAT_COMPLETIONS);

        UpstreamOutcome.Answered answered = answer(exchange, WHOLE);

        assertEquals(200, answered.status());
        assertArrayEquals(WHOLE.getBytes(StandardCharsets.UTF_8), answered.body());
        assertEquals(Optional.of(new Usage(3, 4, false)), exchange.usage());
        assertEquals(Optional.of("Simulated answer: alfa"), exchange.completionText());
    }

    @Test
    void upstreamErrorsAndTheModelListAreJudgedAsBefore() {
        UpstreamOutcome.Answered failed = UpstreamCall.answered(exchange(Endpoint.CHAT_COMPLETIONS), 500,
                "text/html", null, "<html>oops".getBytes(StandardCharsets.UTF_8));
        assertEquals(502, failed.status());
        UpstreamOutcome.Answered models = UpstreamCall.answered(exchange(Endpoint.MODELS), 200,
                "application/json", null, "{\"object\":\"list\",\"data\":[]}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, models.status());
    }
}

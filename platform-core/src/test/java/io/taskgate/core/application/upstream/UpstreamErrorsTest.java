package io.taskgate.core.application.upstream;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpstreamErrorsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] OPENAI_ERROR = ("{\"error\":{\"message\":\"This model's maximum context length is 128000 tokens\","
            + "\"type\":\"invalid_request_error\",\"param\":\"messages\",\"code\":\"context_length_exceeded\"}}")
            .getBytes(StandardCharsets.UTF_8);

    static JsonNode error(UpstreamOutcome.Answered answered) throws Exception {
        JsonNode error = JSON.readTree(answered.body()).path("error");
        assertTrue(error.isObject(), "an OpenAI error body");
        return error;
    }

    @Test
    void successPassesThroughUnchanged() {
        byte[] body = "{\"id\":\"chatcmpl-1\"}".getBytes(StandardCharsets.UTF_8);

        UpstreamOutcome.Answered answered = UpstreamErrors.answer(200, "application/json; charset=utf-8", null, body);

        assertEquals(200, answered.status());
        assertArrayEquals(body, answered.body());
        assertNull(answered.refusalCode());
        assertEquals("application/json; charset=utf-8", answered.headers().get("Content-Type"));
    }

    @Test
    void successWithoutContentTypeIsServedAsJson() {
        UpstreamOutcome.Answered answered = UpstreamErrors.answer(200, null, null, new byte[0]);

        assertEquals("application/json", answered.headers().get("Content-Type"));
    }

    @Test
    void rateLimitKeepsRetryAfterAndTheUpstreamBody() {
        byte[] body = "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}"
                .getBytes(StandardCharsets.UTF_8);

        UpstreamOutcome.Answered answered = UpstreamErrors.answer(429, "application/json", "7", body);

        assertEquals(429, answered.status());
        assertEquals("7", answered.headers().get("Retry-After"));
        assertArrayEquals(body, answered.body());
        assertEquals("upstream_rate_limited", answered.refusalCode());
    }

    @Test
    void rateLimitWithoutOpenAiBodyGetsAGatewayErrorBody() throws Exception {
        UpstreamOutcome.Answered answered = UpstreamErrors.answer(429, "text/plain", null,
                "slow down".getBytes(StandardCharsets.UTF_8));

        assertEquals(429, answered.status());
        assertFalse(answered.headers().containsKey("Retry-After"));
        assertEquals("rate_limit_exceeded", error(answered).path("code").asText());
        assertEquals("rate_limit_error", error(answered).path("type").asText());
    }

    @Test
    void serverErrorsBecome502UpstreamError() throws Exception {
        for (int status : new int[]{500, 502, 503, 504}) {
            UpstreamOutcome.Answered answered = UpstreamErrors.answer(status, "text/html", null,
                    "<html>oops internal detail</html>".getBytes(StandardCharsets.UTF_8));

            assertEquals(502, answered.status(), "for " + status);
            assertEquals("upstream_error", answered.refusalCode());
            assertEquals("upstream_error", error(answered).path("code").asText());
            assertEquals("server_error", error(answered).path("type").asText());
            assertFalse(new String(answered.body(), StandardCharsets.UTF_8).contains("internal detail"));
            assertEquals("application/json", answered.headers().get("Content-Type"));
        }
    }

    @Test
    void upstreamRejectingTheGatewayKeyBecomes502UpstreamError() throws Exception {
        for (int status : new int[]{401, 403}) {
            UpstreamOutcome.Answered answered = UpstreamErrors.answer(status, "application/json", null,
                    "{\"error\":{\"message\":\"Incorrect API key provided: sk-abc\",\"code\":\"invalid_api_key\"}}"
                            .getBytes(StandardCharsets.UTF_8));

            assertEquals(502, answered.status(), "for " + status);
            assertEquals("upstream_error", error(answered).path("code").asText());
            assertFalse(new String(answered.body(), StandardCharsets.UTF_8).contains("sk-abc"));
        }
    }

    @Test
    void clientErrorWithOpenAiBodyPassesThroughWithItsCode() {
        UpstreamOutcome.Answered answered = UpstreamErrors.answer(400, "application/json", null, OPENAI_ERROR);

        assertEquals(400, answered.status());
        assertArrayEquals(OPENAI_ERROR, answered.body());
        assertEquals("context_length_exceeded", answered.refusalCode());
    }

    @Test
    void clientErrorWithoutCodeIsRecordedByStatus() {
        byte[] body = "{\"error\":{\"message\":\"bad\",\"type\":\"invalid_request_error\",\"code\":null}}"
                .getBytes(StandardCharsets.UTF_8);

        UpstreamOutcome.Answered answered = UpstreamErrors.answer(422, "application/json", null, body);

        assertEquals(422, answered.status());
        assertArrayEquals(body, answered.body());
        assertEquals("upstream_422", answered.refusalCode());
    }

    @Test
    void nonJsonNotFoundGetsAGatewayErrorBody() throws Exception {
        UpstreamOutcome.Answered answered = UpstreamErrors.answer(404, "text/html", null,
                "<html>Not Found</html>".getBytes(StandardCharsets.UTF_8));

        assertEquals(404, answered.status());
        assertEquals("upstream_rejected", error(answered).path("code").asText());
        assertEquals("not_found_error", error(answered).path("type").asText());
        assertEquals("upstream_rejected", answered.refusalCode());
        assertEquals("application/json", answered.headers().get("Content-Type"));
    }

    @Test
    void timeoutBecomes504UpstreamTimeout() throws Exception {
        UpstreamOutcome.Answered answered = UpstreamErrors.timeout();

        assertEquals(504, answered.status());
        assertEquals("upstream_timeout", answered.refusalCode());
        assertEquals("upstream_timeout", error(answered).path("code").asText());
    }

    @Test
    void unreachableUpstreamBecomes502UpstreamError() throws Exception {
        UpstreamOutcome.Answered answered = UpstreamErrors.unreachable();

        assertEquals(502, answered.status());
        assertEquals("upstream_error", error(answered).path("code").asText());
    }
}

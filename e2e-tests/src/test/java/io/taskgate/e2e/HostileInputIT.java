package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Ledger;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import io.taskgate.simulator.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken input through the H2 gateway of the shared stack: typed fields of the wrong type or range and
 * bodies that are not UTF-8 are refused with 400 naming the problem before anything reaches the upstream; a request
 * for n choices reserves n completions; an upstream answer that is not JSON (the simulator's
 * {@code [sim:truncate=N]}) reaches the client as an OpenAI error, never as broken bytes.
 */
@ExtendWith(StackExtension.class)
class HostileInputIT {

    static final String[] BAD_TOKEN_LIMITS = {"-1", "0", "1.5", "\"abc\"", "[]", "{}", "1e400",
            "99999999999999999999", "9223372036854775807", "9223372036854775000"};
    static final String IVAN = "/api/tenants/globex/members/ivan";

    TestStack stack() {
        return TestStack.current();
    }

    String v1() {
        return stack().h2Gateway().baseUrl() + "/v1";
    }

    static String chat(String extraFields, String prompt) {
        return "{\"model\":\"gpt-4o-mini\"" + extraFields + ",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt
                + "\"}]}";
    }

    HttpResponse<String> bobPosts(String path, String body) {
        return RawHttp.post(v1() + path, stack().token("bob"), "acme-checkout", body);
    }

    HttpResponse<String> bobPostsBytes(byte[] body) {
        return RawHttp.send(RawHttp.request(v1() + "/chat/completions", stack().token("bob"), "acme-checkout")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    boolean upstreamSaw(String marker) {
        return stack().simulator().requests().stream().map(RecordedRequest::body).anyMatch(b -> b.contains(marker));
    }

    /** 400 invalid_request in the OpenAI format whose message and param name the field; nothing forwarded. */
    void assertRefusedNaming(String field, HttpResponse<String> response, String marker) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("invalid_request", RawHttp.errorCode(response), response.body());
        JsonNode error = RawHttp.json(response.body()).path("error");
        assertEquals("invalid_request_error", error.path("type").asText());
        assertEquals(field, error.path("param").asText(), response.body());
        assertTrue(error.path("message").asText().contains(field), response.body());
        assertFalse(upstreamSaw(marker), "a refused request never reaches the upstream");
    }

    static Stream<Arguments> badTokenLimits() {
        return Stream.of("max_tokens", "max_completion_tokens")
                .flatMap(field -> Stream.of(BAD_TOKEN_LIMITS).map(value -> Arguments.of(field, value)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badTokenLimits")
    void badMaxTokensIsRefusedWith400NamingTheField(String field, String value) {
        String marker = "limit-" + UUID.randomUUID();
        assertRefusedNaming(field, bobPosts("/chat/completions", chat(",\"" + field + "\":" + value, marker)), marker);
        assertRefusedNaming(field, bobPosts("/completions", "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\""
                + marker + "\",\"" + field + "\":" + value + "}"), marker);
    }

    @Test
    void maxTokensAboveTheGatewaysUpperBoundIsRefused() {
        String marker = "bound-" + UUID.randomUUID();
        assertRefusedNaming("max_tokens", bobPosts("/chat/completions", chat(",\"max_tokens\":1000001", marker)), marker);
    }

    static Stream<Arguments> badChatFields() {
        return Stream.of(
                Arguments.of("n", "0"), Arguments.of("n", "129"), Arguments.of("n", "2.5"), Arguments.of("n", "\"2\""),
                Arguments.of("temperature", "-0.5"), Arguments.of("temperature", "2.5"),
                Arguments.of("temperature", "\"hot\""), Arguments.of("temperature", "1e400"),
                Arguments.of("top_p", "1.5"), Arguments.of("top_p", "-1"), Arguments.of("top_p", "[]"),
                Arguments.of("stream", "\"yes\""), Arguments.of("stream", "1"),
                Arguments.of("stream_options", "\"on\""), Arguments.of("stream_options", "[]"),
                Arguments.of("logprobs", "1"), Arguments.of("logprobs", "\"true\""),
                Arguments.of("top_logprobs", "21"), Arguments.of("top_logprobs", "-1"),
                Arguments.of("top_logprobs", "1.5"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badChatFields")
    void badTypedChatFieldIsRefusedWith400NamingTheField(String field, String value) {
        String marker = "field-" + UUID.randomUUID();
        assertRefusedNaming(field, bobPosts("/chat/completions", chat(",\"" + field + "\":" + value, marker)), marker);
    }

    @Test
    void nonBooleanIncludeUsageIsRefusedNamingIt() {
        String marker = "usage-" + UUID.randomUUID();
        assertRefusedNaming("stream_options.include_usage", bobPosts("/chat/completions",
                chat(",\"stream\":true,\"stream_options\":{\"include_usage\":\"yes\"}", marker)), marker);
    }

    @Test
    void legacyLogprobsMustBeASmallInteger() {
        for (String value : new String[]{"true", "6", "-1"}) {
            String marker = "legacy-" + UUID.randomUUID();
            assertRefusedNaming("logprobs", bobPosts("/completions", "{\"model\":\"gpt-3.5-turbo-instruct\","
                    + "\"prompt\":\"" + marker + "\",\"logprobs\":" + value + "}"), marker);
        }
    }

    @Test
    void goodValuesAndNullsAreAccepted() {
        HttpResponse<String> good = bobPosts("/chat/completions", chat(",\"max_tokens\":1000000,\"n\":2,"
                + "\"temperature\":0.5,\"top_p\":1,\"stream\":false,\"stream_options\":null,\"logprobs\":true,"
                + "\"top_logprobs\":3", "good values"));
        assertEquals(200, good.statusCode(), good.body());
        HttpResponse<String> nulls = bobPosts("/chat/completions", chat(",\"max_tokens\":null,"
                + "\"max_completion_tokens\":null,\"n\":null,\"temperature\":null,\"top_p\":null,\"stream\":null,"
                + "\"logprobs\":null,\"top_logprobs\":null", "nulls"));
        assertEquals(200, nulls.statusCode(), nulls.body());
        HttpResponse<String> legacy = bobPosts("/completions",
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"x\",\"logprobs\":5,\"max_tokens\":16}");
        assertEquals(200, legacy.statusCode(), legacy.body());
    }

    /** A chat body whose user content is "marker" with {@code bad} bytes spliced in. */
    static byte[] chatWithBytes(String marker, int... bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + marker + " ")
                .getBytes(StandardCharsets.UTF_8));
        for (int b : bad) {
            out.write(b);
        }
        out.writeBytes(" end\"}]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("overlong slash", new int[]{0xC0, 0xAF}),
                Arguments.of("overlong three-byte", new int[]{0xE0, 0x80, 0xAF}),
                Arguments.of("lone continuation byte", new int[]{0x80}),
                Arguments.of("truncated three-byte sequence", new int[]{0xE2, 0x82}),
                Arguments.of("truncated four-byte sequence", new int[]{0xF0, 0x9F, 0x98}),
                Arguments.of("surrogate encoded in UTF-8", new int[]{0xED, 0xA0, 0x80}),
                Arguments.of("surrogate pair encoded in UTF-8", new int[]{0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80}),
                Arguments.of("invalid byte 0xFF", new int[]{0xFF}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRefusedWith400(String name, int[] bytes) {
        String marker = "utf8-" + UUID.randomUUID();

        HttpResponse<String> response = bobPostsBytes(chatWithBytes(marker, bytes));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid_request", RawHttp.errorCode(response), response.body());
        assertTrue(RawHttp.json(response.body()).path("error").path("message").asText()
                .startsWith("The request body is not valid UTF-8"), response.body());
        assertFalse(upstreamSaw(marker), "an invalid body is never forwarded");
    }

    @Test
    void validUtf8IsForwarded() {
        String marker = "utf8ok-" + UUID.randomUUID();
        HttpResponse<String> response = bobPostsBytes(("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + marker + " Grüße 😀 中文\"}]}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(upstreamSaw(marker), "forwarded");
        assertTrue(stack().simulator().requests().stream().map(RecordedRequest::body).filter(b -> b.contains(marker))
                .map(b -> RawHttp.json(b).path("messages").toString()).anyMatch(m -> RawHttp.json(m).findValuesAsText("content")
                        .stream().anyMatch(c -> c.contains(marker + " Gr\u00fc\u00dfe \ud83d\ude00 \u4e2d\u6587"))),
                "the text reaches the upstream unchanged (compared after JSON decoding)");
    }

    /**
     * Three streams of ivan's held open at once (the upstream paces them), so that each one's
     * {@code X-Quota-Remaining-Tokens}, sent before its first byte, shows every reservation so far: n=1, n=5, n=1
     * with the same max_tokens and bodies of the same size. The n=5 stream must reserve 4 x max_tokens more.
     */
    @Test
    void nOfFiveReservesFiveTimesTheCompletion() throws Exception {
        AdminApi grace = AdminApi.as("grace");
        JsonNode before = expect(200, grace.get(IVAN));
        int maxTokens = 100;
        List<HttpResponse<InputStream>> streams = new ArrayList<>();
        try {
            expect(200, grace.json("PUT", IVAN + "/limits", "{\"dailyTokens\":1000000}"));
            String ivan = stack().token("ivan");
            long[] remaining = new long[3];
            int[] choices = {1, 5, 1};
            for (int i = 0; i < 3; i++) {
                HttpResponse<InputStream> stream = RawHttp.postStreaming(v1() + "/chat/completions", ivan, "globex-infra",
                        chat(",\"stream\":true,\"n\":" + choices[i] + ",\"max_tokens\":" + maxTokens,
                                "Plan the rollout [sim:words=3] [sim:chunk-delay-ms=600]"));
                streams.add(stream);
                assertEquals(200, stream.statusCode());
                remaining[i] = Long.parseLong(stream.headers().firstValue("X-Quota-Remaining-Tokens").orElseThrow());
            }
            long fiveChoices = remaining[0] - remaining[1];
            long oneChoice = remaining[1] - remaining[2];
            assertEquals(4L * maxTokens, fiveChoices - oneChoice,
                    "n=5 reserved " + fiveChoices + " tokens, n=1 reserved " + oneChoice);
        } finally {
            for (HttpResponse<InputStream> stream : streams) {
                try (InputStream body = stream.body()) {
                    body.readAllBytes();
                }
            }
            expect(200, grace.json("PUT", IVAN + "/limits", before.path("limits").toString()));
        }
    }

    @Test
    void nOfFiveIsRefusedWhenOnlyOneChoiceWouldFitTheQuota() {
        AdminApi grace = AdminApi.as("grace");
        JsonNode before = expect(200, grace.get(IVAN));
        try {
            // the prompt bound (body and intent instruction) is well under 2000 tokens: 1 x 2000 fits, 5 x 2000 does not
            expect(200, grace.json("PUT", IVAN + "/limits", "{\"dailyTokens\":6000}"));
            String ivan = stack().token("ivan");
            HttpResponse<String> five = RawHttp.post(v1() + "/chat/completions", ivan, "globex-infra",
                    chat(",\"n\":5,\"max_tokens\":2000", "Plan the rollout [sim:words=1]"));
            assertEquals(429, five.statusCode(), five.body());
            assertEquals("quota_exceeded", RawHttp.errorCode(five));
            String message = RawHttp.json(five.body()).path("error").path("message").asText();
            long asked = Long.parseLong(message.replaceAll(".*could use up to (\\d+) tokens.*", "$1"));
            assertTrue(asked > 5 * 2000, message);
        } finally {
            expect(200, grace.json("PUT", IVAN + "/limits", before.path("limits").toString()));
        }
    }

    @Test
    void truncatedUpstreamJsonBecomes502UpstreamError() {
        String bob = stack().token("bob");
        HttpResponse<String> response = bobPosts("/chat/completions", chat("", "Cut me off [sim:truncate=40]"));

        assertEquals(502, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("upstream_error", RawHttp.errorCode(response));
        assertFalse(response.body().contains("chatcmpl-"), "the broken bytes are not passed on: " + response.body());
        JsonNode row = Ledger.row(stack().h2Gateway().baseUrl(), bob,
                response.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals(502, row.path("status").asInt());
        assertEquals("upstream_error", row.path("refusalCode").asText());
        assertEquals(0, row.path("completionTokens").asLong(), "nothing invented from a broken answer");
    }

    @Test
    void truncatedLegacyCompletionBecomes502UpstreamError() {
        HttpResponse<String> response = bobPosts("/completions",
                "{\"model\":\"gpt-3.5-turbo-instruct\",\"prompt\":\"Cut [sim:truncate=10]\"}");
        assertEquals(502, response.statusCode(), response.body());
        assertEquals("upstream_error", RawHttp.errorCode(response));
    }

    @Test
    void aBrokenStreamEventEndsTheStreamWithAnUpstreamErrorEvent() throws Exception {
        String bob = stack().token("bob");
        HttpResponse<InputStream> response = RawHttp.postStreaming(v1() + "/chat/completions", bob, "acme-checkout",
                chat(",\"stream\":true", "Stream and break [sim:words=4] [sim:truncate=3]"));
        assertEquals(200, response.statusCode());
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> events = new ArrayList<>();
        for (String event : body.split("\n\n")) {
            if (!event.isBlank()) {
                events.add(event);
            }
        }

        assertEquals(4, events.size(), "role, two content events, then the error event: " + body);
        for (String event : events.subList(0, 3)) {
            RawHttp.json(event.substring("data: ".length()));
        }
        String last = events.get(3);
        assertTrue(last.startsWith("data: {\"error\":"), last);
        JsonNode error = RawHttp.json(last.substring("data: ".length())).path("error");
        assertEquals("upstream_error", error.path("code").asText());
        assertFalse(body.contains("[DONE]"), body);
        JsonNode row = Ledger.row(stack().h2Gateway().baseUrl(), bob,
                response.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals(502, row.path("status").asInt());
        assertEquals("upstream_error", row.path("refusalCode").asText());
        assertTrue(row.path("streamed").asBoolean());
        assertEquals(2, row.path("completionTokens").asLong(),
                "settled with what was read: the two content chunks before the broken event");
    }

    @Test
    void aStreamWhoseFirstEventIsBrokenIsAnswered502Json() {
        String bob = stack().token("bob");
        HttpResponse<String> response = bobPosts("/chat/completions",
                chat(",\"stream\":true", "Break at once [sim:truncate=0]"));

        assertEquals(502, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("upstream_error", RawHttp.errorCode(response));
        JsonNode row = Ledger.row(stack().h2Gateway().baseUrl(), bob,
                response.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals(502, row.path("status").asInt());
        assertEquals(0, row.path("completionTokens").asLong());
    }
}

package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.Ledger;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stream behaviour seen on the wire: events flushed as they come, long streams kept, silence and disconnects. */
@ExtendWith(StackExtension.class)
class StreamingIT {

    TestStack stack() {
        return TestStack.current();
    }

    String v1() {
        return stack().h2Gateway().baseUrl() + "/v1";
    }

    static String streamBody(String prompt) {
        return "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
    }

    /** Reads "data:" lines with the time each arrived, in ms since the request was sent. */
    static List<long[]> arrivals(HttpResponse<InputStream> response, long sentAt, List<String> lines) throws Exception {
        List<long[]> times = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("data:")) {
                    times.add(new long[]{System.currentTimeMillis() - sentAt});
                    lines.add(line);
                }
            }
        }
        return times;
    }

    @Test
    void eventsReachTheClientAsTheUpstreamProducesThemNotAtTheEnd() throws Exception {
        long sent = System.currentTimeMillis();
        HttpResponse<InputStream> response = RawHttp.postStreaming(v1() + "/chat/completions", stack().token("bob"),
                "acme-checkout", streamBody("pace me [sim:words=4] [sim:chunk-delay-ms=400]"));
        assertEquals(200, response.statusCode());
        assertEquals("no", response.headers().firstValue("X-Accel-Buffering").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        assertTrue(response.headers().firstValue("Content-Encoding").isEmpty(), "no compression on SSE");
        List<String> lines = new ArrayList<>();
        List<long[]> times = arrivals(response, sent, lines);

        long first = times.get(0)[0];
        long last = times.get(times.size() - 1)[0];
        assertTrue(last - first >= 1_600, "events spread over the stream's life, got first=" + first + " last=" + last);
        assertEquals("data: [DONE]", lines.get(lines.size() - 1));
    }

    @Test
    void healthyStreamLongerThanTheIdleTimeoutIsNeverCut() throws Exception {
        long sent = System.currentTimeMillis();
        int delay = TestStack.STREAM_IDLE_TIMEOUT_MS / 3;
        HttpResponse<InputStream> response = RawHttp.postStreaming(v1() + "/chat/completions", stack().token("bob"),
                "acme-checkout", streamBody("long [sim:words=12] [sim:chunk-delay-ms=" + delay + "]"));
        List<String> lines = new ArrayList<>();
        List<long[]> times = arrivals(response, sent, lines);

        assertTrue(times.get(times.size() - 1)[0] > 2L * TestStack.STREAM_IDLE_TIMEOUT_MS, "the stream ran long");
        assertEquals("data: [DONE]", lines.get(lines.size() - 1));
        assertTrue(lines.stream().noneMatch(l -> l.contains("upstream_timeout")));
    }

    @Test
    void upstreamFallingSilentMidStreamEndsItWithAnUpstreamTimeoutEventAndALedgerRow() throws Exception {
        String bob = stack().token("bob");
        long before = System.currentTimeMillis() - 1_000;
        HttpResponse<InputStream> response = RawHttp.postStreaming(v1() + "/chat/completions", bob, "acme-checkout",
                streamBody("stall [sim:words=3] [sim:chunk-delay-ms=" + (TestStack.STREAM_IDLE_TIMEOUT_MS * 3) + "]"));
        List<String> lines = new ArrayList<>();
        arrivals(response, System.currentTimeMillis(), lines);

        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains("\"code\":\"upstream_timeout\""), last);
        JsonNode row = Ledger.newestWith(stack().h2Gateway().baseUrl(), bob, 504, "upstream_timeout", before);
        assertTrue(row.path("streamed").asBoolean());
    }

    @Test
    void clientDisconnectingMidStreamStillLeavesAUsageRow() throws Exception {
        String bob = stack().token("bob");
        long before = System.currentTimeMillis() - 1_000;
        URI gateway = URI.create(stack().h2Gateway().baseUrl());
        String body = streamBody("leave early [sim:words=40] [sim:chunk-delay-ms=100]");
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            String request = "POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + bob + "\r\nX-Task-Id: acme-checkout\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                    + "\r\n\r\n" + body;
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.startsWith("data:")) {
                // headers, chunk sizes
            }
            assertTrue(line != null, "the stream started");
        }
        JsonNode row = Ledger.newestWith(stack().h2Gateway().baseUrl(), bob, 499, "client_disconnected", before);
        assertTrue(row.path("promptTokens").asLong() > 0, "prompt tokens estimated");
        assertTrue(row.path("completionTokens").asLong() < 42, "only what was produced before the client left");
    }
}

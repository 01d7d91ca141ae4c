package io.taskgate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A chunked {@code text/event-stream} response; every event is flushed at once. */
final class SseStream {

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final long chunkDelayMs;
    private final long cutEvent;
    private long sent;
    private boolean first = true;

    SseStream(HttpExchange exchange, long chunkDelayMs) throws IOException {
        this(exchange, chunkDelayMs, -1);
    }

    /** A stream whose event number {@code cutEvent} (0 = the first) carries only the first half of its JSON. */
    SseStream(HttpExchange exchange, long chunkDelayMs, long cutEvent) throws IOException {
        this.chunkDelayMs = chunkDelayMs;
        this.cutEvent = cutEvent;
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        this.out = exchange.getResponseBody();
    }

    void send(JsonNode event) throws IOException {
        send(null, event);
    }

    /** An event with a name ({@code event: NAME} line) when {@code name} is not null, as the Responses API sends. */
    void send(String name, JsonNode event) throws IOException {
        pause();
        if (name != null) {
            out.write(("event: " + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] json = Json.MAPPER.writeValueAsBytes(event);
        out.write(DATA);
        out.write(json, 0, sent++ == cutEvent ? json.length / 2 : json.length);
        out.write(END);
        out.flush();
    }

    /** Ends the chunked body without {@code data: [DONE]} (the Responses API ends with its last event). */
    void end() throws IOException {
        out.flush();
        out.close();
    }

    /** Writes {@code data: [DONE]} and ends the chunked body. */
    void done() throws IOException {
        pause();
        out.write(DONE);
        out.flush();
        out.close();
    }

    private void pause() {
        if (!first) {
            Controls.sleep(chunkDelayMs);
        }
        first = false;
    }
}

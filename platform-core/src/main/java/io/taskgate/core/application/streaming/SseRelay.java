package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.intent.MarkerFilter;
import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.infrastructure.upstream.UpstreamAnswerReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relays an upstream server-sent-event stream to the client event by event, flushing after each one. It
 * reads the usage chunk, hides it from the client when the gateway asked for it on the client's behalf,
 * and keeps the completion text for the after-call stages. A data event that is not JSON ends the relay
 * ({@link BrokenEventException}) before any of it is written.
 */
public final class SseRelay {

    private static final int MAX_TEXT = 256 * 1024;
    private static final byte[] EVENT_END = "\n".getBytes(StandardCharsets.UTF_8);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean hideUsageChunk;
    private final MarkerFilter markers;
    private final StringBuilder text = new StringBuilder();
    private Usage usage;
    private long contentChunks;
    private boolean done;
    private BufferedReader reader;
    private List<String> pending;

    public SseRelay(boolean hideUsageChunk) {
        this(hideUsageChunk, null);
    }

    /** A relay that also strips this request's intent marker from the content deltas ({@code null}: none). */
    public SseRelay(boolean hideUsageChunk, IntentMarker marker) {
        this.hideUsageChunk = hideUsageChunk;
        this.markers = marker == null ? null : new MarkerFilter(marker);
    }

    /** The label the answer's intent marker carried, or {@code unknown}; empty when no marker was requested. */
    public java.util.Optional<String> intentLabel() {
        return markers == null ? java.util.Optional.empty() : java.util.Optional.of(markers.label());
    }

    /**
     * Reads the upstream up to the end of its first event without writing anything, so that a stream that fails
     * before its first byte can still be answered with an error status; {@link #relay} then starts with that
     * event. Returns false when the upstream ended before any event; throws {@link BrokenEventException} when the
     * first event's data is not JSON.
     */
    public boolean readFirstEvent(InputStream upstream, Runnable onActivity) throws IOException {
        List<String> event = nextEvent(reader(upstream), onActivity);
        if (event == null) {
            return false;
        }
        String data = data(event);
        if (data != null && !"[DONE]".equals(data) && UpstreamAnswerReader.parseObject(data).isEmpty()) {
            throw new BrokenEventException();
        }
        pending = event;
        return true;
    }

    /**
     * Relays until the upstream ends the stream. Throws {@link ClientGoneException} when the client left, and
     * {@link BrokenEventException}, before writing anything of it, at a data event that is not JSON.
     */
    public RelayResult relay(InputStream upstream, OutputStream client, Runnable onActivity) throws IOException {
        BufferedReader in = reader(upstream);
        if (pending != null) {
            List<String> first = pending;
            pending = null;
            forward(first, client);
        }
        List<String> event;
        while ((event = nextEvent(in, onActivity)) != null) {
            forward(event, client);
        }
        return result();
    }

    private BufferedReader reader(InputStream upstream) {
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(upstream, StandardCharsets.UTF_8), 8192);
        }
        return reader;
    }

    /** The lines of the next event (up to a blank line or the end), or null at the end of the stream. */
    private static List<String> nextEvent(BufferedReader reader, Runnable onActivity) throws IOException {
        List<String> lines = new ArrayList<>(4);
        String line;
        while ((line = reader.readLine()) != null) {
            onActivity.run();
            if (!line.isEmpty()) {
                lines.add(line);
            } else if (!lines.isEmpty()) {
                return lines;
            }
        }
        return lines.isEmpty() ? null : lines;
    }

    /** What was learnt from the events relayed so far (also usable after an interrupted relay). */
    public RelayResult result() {
        return new RelayResult(usage, text.toString(), contentChunks, done);
    }

    private void forward(List<String> lines, OutputStream client) throws IOException {
        String data = data(lines);
        if (data != null && !"[DONE]".equals(data)) {
            JsonNode chunk = UpstreamAnswerReader.parseObject(data).orElseThrow(BrokenEventException::new);
            UpstreamAnswerReader.usage(chunk).ifPresent(u -> usage = u);
            String delta = UpstreamAnswerReader.text(chunk);
            if (!delta.isEmpty()) {
                contentChunks++;
            }
            if (markers != null && chunk.path("choices").path(0).isObject()) {
                String shown = strip(chunk, delta);
                if (shown != null && !shown.equals(delta)) {
                    // re-encoded only when the filter changed the text; most chunks pass as the upstream sent them
                    delta = shown;
                    lines = List.of("data: " + JSON.writeValueAsString(chunk));
                }
            }
            keep(delta);
            if (hideUsageChunk && chunk.path("usage").isObject() && chunk.path("choices").isEmpty()) {
                return;
            }
        } else if ("[DONE]".equals(data)) {
            done = true;
            flushHeldText(client);
        }
        write(lines, client);
    }

    /** Rewrites the chunk's delta without the marker; {@code null} when the chunk stays as it is. */
    private String strip(JsonNode chunk, String delta) {
        ObjectNode choice = (ObjectNode) chunk.path("choices").path(0);
        boolean last = choice.hasNonNull("finish_reason");
        boolean hasContent = choice.path("delta").path("content").isTextual();
        if (!hasContent && !last) {
            return null;
        }
        String shown = markers.accept(delta) + (last ? markers.finish() : "");
        if (!hasContent && shown.isEmpty()) {
            return null;
        }
        JsonNode deltaNode = choice.path("delta");
        ObjectNode target = deltaNode.isObject() ? (ObjectNode) deltaNode : choice.putObject("delta");
        target.put("content", shown);
        return shown;
    }

    /** Text held back as a possible marker start that never became one, sent before the stream ends. */
    private void flushHeldText(OutputStream client) throws IOException {
        if (markers == null) {
            return;
        }
        String held = markers.finish();
        if (!held.isEmpty()) {
            ObjectNode chunk = JSON.createObjectNode().put("object", "chat.completion.chunk");
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("content", held);
            choice.putNull("finish_reason");
            keep(held);
            write(List.of("data: " + JSON.writeValueAsString(chunk)), client);
        }
    }

    private void keep(String delta) {
        if (!delta.isEmpty() && text.length() < MAX_TEXT) {
            text.append(delta, 0, Math.min(delta.length(), MAX_TEXT - text.length()));
        }
    }

    private static void write(List<String> lines, OutputStream client) throws IOException {
        StringBuilder event = new StringBuilder(256);
        for (String l : lines) {
            event.append(l).append('\n');
        }
        try {
            client.write(event.toString().getBytes(StandardCharsets.UTF_8));
            client.write(EVENT_END);
            client.flush();
        } catch (IOException e) {
            throw new ClientGoneException(e);
        }
    }

    private static String data(List<String> lines) {
        StringBuilder data = null;
        for (String l : lines) {
            if (l.startsWith("data:")) {
                String value = l.length() > 5 && l.charAt(5) == ' ' ? l.substring(6) : l.substring(5);
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return data == null ? null : data.toString();
    }

    /** What a relay saw: usage if the upstream reported it, the text, how many content chunks, whether it ended. */
    /** Content chunks relayed so far (about one token each). */
    public long contentChunks() {
        return contentChunks;
    }

    public record RelayResult(Usage usage, String text, long contentChunks, boolean completed) {
    }

    /**
     * The upstream sent a data event that is not JSON (other than {@code [DONE]}): the stream is broken and must
     * end; nothing of that event reaches the client and it counts for nothing.
     */
    public static final class BrokenEventException extends IOException {
        public BrokenEventException() {
            super("the upstream sent a stream event that is not valid JSON", null);
        }
    }

    /** Writing to the client failed: it disconnected. */
    public static final class ClientGoneException extends IOException {
        public ClientGoneException(IOException cause) {
            super("client disconnected", cause);
        }
    }
}

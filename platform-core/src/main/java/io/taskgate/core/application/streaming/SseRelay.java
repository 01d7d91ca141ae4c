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
 * and keeps the completion text for the after-call stages.
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

    /** Relays until the upstream ends the stream. Throws {@link ClientGoneException} when the client left. */
    public RelayResult relay(InputStream upstream, OutputStream client, Runnable onActivity) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(upstream, StandardCharsets.UTF_8), 8192);
        List<String> lines = new ArrayList<>(4);
        String line;
        while ((line = reader.readLine()) != null) {
            onActivity.run();
            if (!line.isEmpty()) {
                lines.add(line);
                continue;
            }
            if (!lines.isEmpty()) {
                forward(lines, client);
                lines.clear();
            }
        }
        if (!lines.isEmpty()) {
            forward(lines, client);
        }
        return result();
    }

    /** What was learnt from the events relayed so far (also usable after an interrupted relay). */
    public RelayResult result() {
        return new RelayResult(usage, text.toString(), contentChunks, done);
    }

    private void forward(List<String> lines, OutputStream client) throws IOException {
        String data = data(lines);
        if (data != null && !"[DONE]".equals(data)) {
            JsonNode chunk = UpstreamAnswerReader.parse(data);
            UpstreamAnswerReader.usage(chunk).ifPresent(u -> usage = u);
            String delta = UpstreamAnswerReader.text(chunk);
            if (!delta.isEmpty()) {
                contentChunks++;
            }
            if (markers != null && chunk.path("choices").path(0).isObject()) {
                String shown = strip(chunk, delta);
                if (shown != null) {
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
    public record RelayResult(Usage usage, String text, long contentChunks, boolean completed) {
    }

    /** Writing to the client failed: it disconnected. */
    public static final class ClientGoneException extends IOException {
        public ClientGoneException(IOException cause) {
            super("client disconnected", cause);
        }
    }
}

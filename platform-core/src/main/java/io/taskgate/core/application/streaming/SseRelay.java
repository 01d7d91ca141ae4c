package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relays an upstream server-sent-event stream to the client event by event, flushing after each one. What the
 * events mean (usage, text, the intent marker to strip) is read by the stream's {@link StreamEvents}: chat and
 * completion chunks, or the Responses API's {@code response.*} events. It keeps the completion text for the
 * after-call stages. A data event that is not JSON ends the relay
 * ({@link BrokenEventException}) before any of it is written.
 */
public final class SseRelay {

    private static final byte[] EVENT_END = "\n".getBytes(StandardCharsets.UTF_8);

    private final StreamEvents events;
    private boolean done;
    private BufferedReader reader;
    private List<String> pending;

    public SseRelay(boolean hideUsageChunk) {
        this(hideUsageChunk, null);
    }

    /** A chat or completion relay that also strips this request's intent marker ({@code null}: none). */
    public SseRelay(boolean hideUsageChunk, IntentMarker marker) {
        this(new ChatStreamEvents(hideUsageChunk, marker));
    }

    private SseRelay(StreamEvents events) {
        this.events = events;
    }

    /** A relay of a Responses API stream ({@code response.*} events) that strips this marker ({@code null}: none). */
    public static SseRelay forResponses(IntentMarker marker) {
        return new SseRelay(new ResponseStreamEvents(marker));
    }

    /**
     * The ledger intent of the answer: its marker's label, {@code unknown} when it carried none, or
     * {@code tool_call} when it only called a tool; empty when no marker was requested.
     */
    public java.util.Optional<String> intentLabel() {
        return events.intentLabel();
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
        return relay(upstream, client, onActivity, () -> { });
    }

    /** As {@link #relay(InputStream, OutputStream, Runnable)}; {@code afterFirstEvent} runs once the first event is out. */
    public RelayResult relay(InputStream upstream, OutputStream client, Runnable onActivity, Runnable afterFirstEvent)
            throws IOException {
        BufferedReader in = reader(upstream);
        boolean first = true;
        if (pending != null) {
            List<String> event = pending;
            pending = null;
            forward(event, client);
            afterFirstEvent.run();
            first = false;
        }
        List<String> event;
        while ((event = nextEvent(in, onActivity)) != null) {
            forward(event, client);
            if (first) {
                afterFirstEvent.run();
                first = false;
            }
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
        return new RelayResult(events.usage(), events.text(), events.contentChunks(), done || events.completed());
    }

    private void forward(List<String> lines, OutputStream client) throws IOException {
        String data = data(lines);
        if (data != null && !"[DONE]".equals(data)) {
            ObjectNode event = (ObjectNode) UpstreamAnswerReader.parseObject(data).orElseThrow(BrokenEventException::new);
            StreamEvents.Step step = events.read(event);
            for (ObjectNode before : step.before()) {
                write(events.lines(before), client);
            }
            if (step.hidden()) {
                return;
            }
            if (step.changed()) {
                // re-encoded only when the event changed; most events pass as the upstream sent them
                lines = withData(lines, StreamEvents.JSON.writeValueAsString(event));
            }
        } else if ("[DONE]".equals(data)) {
            done = true;
            for (ObjectNode before : events.beforeDone()) {
                write(events.lines(before), client);
            }
        }
        write(lines, client);
    }

    /** The event's lines with its data replaced; other fields (the event name, an id) stay as they were. */
    private static List<String> withData(List<String> lines, String json) {
        List<String> result = new ArrayList<>(lines.size());
        boolean written = false;
        for (String line : lines) {
            if (!line.startsWith("data:")) {
                result.add(line);
            } else if (!written) {
                result.add("data: " + json);
                written = true;
            }
        }
        return result;
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

    /** Content chunks relayed so far (about one token each). */
    public long contentChunks() {
        return events.contentChunks();
    }

    /** What a relay saw: usage if the upstream reported it, the text, how many content chunks, whether it ended. */

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

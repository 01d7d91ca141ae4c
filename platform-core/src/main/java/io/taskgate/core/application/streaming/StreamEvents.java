package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.api.pipeline.Usage;

import java.util.List;
import java.util.Optional;

/**
 * What one kind of OpenAI stream means, event by event, for the {@link SseRelay}: chat or legacy completion chunks
 * ({@link ChatStreamEvents}) or the Responses API's {@code response.*} events ({@link ResponseStreamEvents}). It
 * reads usage and text, strips the intent marker (editing the event in place) and says what to relay.
 */
abstract class StreamEvents {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 256 * 1024;

    private final StringBuilder text = new StringBuilder();
    private Usage usage;
    private long contentChunks;

    /**
     * What to do with one event: send {@code before} first (text the marker filter held back and now releases),
     * then the event, re-encoded when {@code changed}, or not at all when {@code hidden}.
     */
    record Step(List<ObjectNode> before, boolean changed, boolean hidden) {
        static final Step UNCHANGED = new Step(List.of(), false, false);
        static final Step CHANGED = new Step(List.of(), true, false);
        static final Step HIDDEN = new Step(List.of(), false, true);

        static Step changed(boolean changed) {
            return changed ? CHANGED : UNCHANGED;
        }
    }

    /** Reads one data event (a JSON object), editing it in place where the client must see it changed. */
    abstract Step read(ObjectNode event);

    /** Events to send before the stream's {@code data: [DONE]}. */
    List<ObjectNode> beforeDone() {
        return List.of();
    }

    /** Whether the stream's own last event came (besides {@code [DONE]}, which the relay notes). */
    boolean completed() {
        return false;
    }

    /** The ledger intent of the answer; empty when no marker was asked for. */
    abstract Optional<String> intentLabel();

    /** The SSE lines of an event the relay sends on its own. */
    List<String> lines(ObjectNode event) throws JsonProcessingException {
        return List.of("data: " + JSON.writeValueAsString(event));
    }

    final Usage usage() {
        return usage;
    }

    final void usage(Usage reported) {
        usage = reported;
    }

    final String text() {
        return text.toString();
    }

    final long contentChunks() {
        return contentChunks;
    }

    /** One piece of content arrived from the upstream (about one token). */
    final void contentChunk() {
        contentChunks++;
    }

    /** Keeps answer text for the after-call stages, up to a bound. */
    final void keep(String delta) {
        if (!delta.isEmpty() && text.length() < MAX_TEXT) {
            text.append(delta, 0, Math.min(delta.length(), MAX_TEXT - text.length()));
        }
    }
}

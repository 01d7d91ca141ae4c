package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.intent.MarkerFilter;
import io.taskgate.core.application.intent.ToolCalls;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chat and legacy completion chunks: usage from the usage chunk (hidden from the client when the gateway asked for
 * it on the client's behalf), and the intent marker stripped from each choice's deltas apart ({@code n > 1}: choices
 * interleave, each with its own marker). The kept text is the first choice's.
 */
final class ChatStreamEvents extends StreamEvents {

    private final boolean hideUsageChunk;
    private final IntentMarker marker;
    private final Map<Integer, MarkerFilter> filters = new TreeMap<>();
    private boolean toolCall;

    ChatStreamEvents(boolean hideUsageChunk, IntentMarker marker) {
        this.hideUsageChunk = hideUsageChunk;
        this.marker = marker;
    }

    @Override
    Step read(ObjectNode chunk) {
        UpstreamAnswerReader.usage(chunk).ifPresent(this::usage);
        boolean changed = false;
        for (JsonNode node : chunk.path("choices")) {
            if (node.isObject()) {
                changed |= readChoice((ObjectNode) node);
            }
        }
        if (hideUsageChunk && chunk.path("usage").isObject() && chunk.path("choices").isEmpty()) {
            return Step.HIDDEN;
        }
        return Step.changed(changed);
    }

    /** Reads one choice's delta; true when the marker filter changed its content. */
    private boolean readChoice(ObjectNode choice) {
        int index = choice.path("index").asInt(0);
        JsonNode delta = choice.path("delta");
        toolCall |= index == 0 && ToolCalls.inChatMessage(delta);
        String text = delta.path("content").isTextual() ? delta.path("content").asText() : choice.path("text").asText("");
        if (!text.isEmpty()) {
            contentChunk();
        }
        String shown = text;
        boolean changed = false;
        if (marker != null && (delta.path("content").isTextual() || choice.hasNonNull("finish_reason"))) {
            MarkerFilter filter = filters.computeIfAbsent(index, i -> new MarkerFilter(marker));
            shown = filter.accept(text) + (choice.hasNonNull("finish_reason") ? filter.finish() : "");
            if (!shown.equals(text)) {
                ObjectNode target = delta.isObject() ? (ObjectNode) delta : choice.putObject("delta");
                target.put("content", shown);
                changed = true;
            }
        }
        if (index == 0) {
            keep(shown);
        }
        return changed;
    }

    /** Text each choice's filter held back as a possible marker start that never became one. */
    @Override
    List<ObjectNode> beforeDone() {
        List<ObjectNode> held = new ArrayList<>();
        filters.forEach((index, filter) -> {
            String rest = filter.finish();
            if (!rest.isEmpty()) {
                ObjectNode chunk = JSON.createObjectNode().put("object", "chat.completion.chunk");
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", index);
                choice.putObject("delta").put("content", rest);
                choice.putNull("finish_reason");
                if (index == 0) {
                    keep(rest);
                }
                held.add(chunk);
            }
        });
        return held;
    }

    @Override
    Optional<String> intentLabel() {
        if (marker == null) {
            return Optional.empty();
        }
        MarkerFilter first = filters.get(0);
        return Optional.of(ToolCalls.label(first != null && first.found() ? first.label() : null, toolCall));
    }
}

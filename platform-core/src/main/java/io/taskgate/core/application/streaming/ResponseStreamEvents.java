package io.taskgate.core.application.streaming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.intent.MarkerFilter;
import io.taskgate.core.application.intent.ResponseAnswers;
import io.taskgate.core.application.intent.ToolCalls;
import io.taskgate.core.application.upstream.UpstreamAnswerReader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Responses API's stream ({@code event: response.*} with the event's JSON as data): text from
 * {@code response.output_text.delta}, usage from the final {@code response.completed} (or {@code .incomplete},
 * {@code .failed}), which also ends the stream. The intent marker is stripped from the deltas (each text part
 * filtered apart, holding back only what could begin the marker), from {@code response.output_text.done},
 * {@code response.content_part.done}, {@code response.output_item.done} and from the final response; text held back
 * that never became a marker is released as one more delta just before its part's {@code .done} event. The
 * response's echoed {@code instructions} are the client's own, without the gateway's marker instruction.
 */
final class ResponseStreamEvents extends StreamEvents {

    private static final String DELTA = "response.output_text.delta";

    private final IntentMarker marker;
    /** One filter per text part, by output and content index, in the order the parts began. */
    private final Map<String, MarkerFilter> filters = new LinkedHashMap<>();
    private String finalLabel;
    private boolean toolCall;
    private boolean completed;

    ResponseStreamEvents(IntentMarker marker) {
        this.marker = marker;
    }

    @Override
    Step read(ObjectNode event) {
        String type = event.path("type").asText("");
        return switch (type) {
            case DELTA -> delta(event);
            case "response.output_text.done" -> textDone(event);
            case "response.content_part.done" -> Step.changed(marker != null && stripPart(event.path("part")));
            case "response.output_item.added", "response.output_item.done" -> item(event.path("item"));
            case "response.completed", "response.incomplete", "response.failed" -> finished(event);
            case "response.created", "response.in_progress", "response.queued" -> Step.changed(marker != null
                    && event.path("response").isObject()
                    && ResponseAnswers.restoreInstructions((ObjectNode) event.path("response"), marker));
            default -> Step.UNCHANGED;
        };
    }

    private Step delta(ObjectNode event) {
        String delta = event.path("delta").asText("");
        if (!delta.isEmpty()) {
            contentChunk();
        }
        if (marker == null) {
            keep(delta);
            return Step.UNCHANGED;
        }
        String shown = filter(event).accept(delta);
        keep(shown);
        if (shown.equals(delta)) {
            return Step.UNCHANGED;
        }
        event.put("delta", shown);
        return Step.CHANGED;
    }

    private Step textDone(ObjectNode event) {
        if (marker == null) {
            return Step.UNCHANGED;
        }
        String held = filter(event).finish();
        List<ObjectNode> before = List.of();
        if (!held.isEmpty()) {
            keep(held);
            ObjectNode release = JSON.createObjectNode().put("type", DELTA);
            for (String field : List.of("item_id", "output_index", "content_index", "sequence_number")) {
                if (event.has(field)) {
                    release.set(field, event.get(field));
                }
            }
            release.put("delta", held);
            release.putArray("logprobs");
            before = List.of(release);
        }
        boolean changed = event.path("text").isTextual()
                && ResponseAnswers.stripField(event, "text", new MarkerFilter(marker));
        return new Step(before, changed, false);
    }

    private Step item(JsonNode item) {
        toolCall |= ToolCalls.isCallItem(item);
        boolean changed = false;
        if (marker != null && "message".equals(item.path("type").asText())) {
            for (JsonNode part : item.path("content")) {
                changed |= stripPart(part);
            }
        }
        return Step.changed(changed);
    }

    private boolean stripPart(JsonNode part) {
        return part.isObject() && "output_text".equals(part.path("type").asText()) && part.path("text").isTextual()
                && ResponseAnswers.stripField((ObjectNode) part, "text", new MarkerFilter(marker));
    }

    private Step finished(ObjectNode event) {
        completed = true;
        JsonNode response = event.path("response");
        UpstreamAnswerReader.usage(response).ifPresent(this::usage);
        if (!response.isObject()) {
            return Step.UNCHANGED;
        }
        toolCall |= ToolCalls.inResponseOutput(response.path("output"));
        if (marker == null) {
            return Step.UNCHANGED;
        }
        ResponseAnswers.Found found = ResponseAnswers.stripInPlace((ObjectNode) response, marker);
        finalLabel = found.markerLabel();
        return Step.changed(found.changed());
    }

    private MarkerFilter filter(JsonNode event) {
        String part = event.path("output_index").asInt(0) + ":" + event.path("content_index").asInt(0);
        return filters.computeIfAbsent(part, p -> new MarkerFilter(marker));
    }

    @Override
    boolean completed() {
        return completed;
    }

    @Override
    Optional<String> intentLabel() {
        if (marker == null) {
            return Optional.empty();
        }
        String label = filters.values().stream().filter(MarkerFilter::found).map(MarkerFilter::label).findFirst()
                .orElse(finalLabel);
        return Optional.of(ToolCalls.label(label, toolCall));
    }

    /** Events the relay sends on its own carry their type as the SSE event name too, as OpenAI's do. */
    @Override
    List<String> lines(ObjectNode event) throws JsonProcessingException {
        return List.of("event: " + event.path("type").asText(), "data: " + JSON.writeValueAsString(event));
    }
}

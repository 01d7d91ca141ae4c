package io.taskgate.core.application.intent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * Strips the intent marker from a whole Responses API object (a plain answer, or the {@code response} of a stream's
 * final {@code response.completed} event) and reads its label: the marker is removed from the {@code output_text}
 * parts of its message items, and from {@code output_text} where an upstream adds that convenience field; the echoed
 * {@code instructions} lose the marker instruction the gateway appended to them.
 */
public final class ResponseAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What stands between the client's instructions and the marker instruction the gateway appends. */
    public static final String INSTRUCTION_SEPARATOR = "\n\n";

    private ResponseAnswers() {
    }

    /** What stripping a response found: whether it changed, and the marker's label (null when none was found). */
    public record Found(boolean changed, String markerLabel, boolean toolCall) {

        /** The ledger intent (see {@link ToolCalls#label}). */
        public String label() {
            return ToolCalls.label(markerLabel, toolCall);
        }
    }

    /**
     * Strips the marker from a plain answer already parsed into {@code root} (edited in place, so a later reader of
     * the tree sees the clean text); {@code body} is returned unchanged when there was nothing to strip.
     */
    public static PlainAnswers.Stripped strip(JsonNode root, byte[] body, IntentMarker marker) {
        if (root == null || !root.isObject()) {
            return new PlainAnswers.Stripped(body, IntentMarker.UNKNOWN);
        }
        Found found = stripInPlace((ObjectNode) root, marker);
        try {
            return new PlainAnswers.Stripped(found.changed() ? JSON.writeValueAsBytes(root) : body, found.label());
        } catch (IOException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }

    /** Strips the marker from every text part of the response, in place; the label is the first part's marker. */
    public static Found stripInPlace(ObjectNode response, IntentMarker marker) {
        boolean changed = restoreInstructions(response, marker);
        String label = null;
        for (JsonNode item : response.path("output")) {
            if (!"message".equals(item.path("type").asText("message"))) {
                continue;
            }
            for (JsonNode part : item.path("content")) {
                if (part.isObject() && "output_text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                    MarkerFilter filter = new MarkerFilter(marker);
                    changed |= stripField((ObjectNode) part, "text", filter);
                    label = label == null && filter.found() ? filter.label() : label;
                }
            }
        }
        if (response.path("output_text").isTextual()) {
            MarkerFilter filter = new MarkerFilter(marker);
            changed |= stripField(response, "output_text", filter);
            label = label == null && filter.found() ? filter.label() : label;
        }
        return new Found(changed, label, ToolCalls.inResponseOutput(response.path("output")));
    }

    /**
     * Gives the response's echo of {@code instructions} back as the client sent them: without the marker instruction
     * the gateway appended (null when the client gave none). True when it changed.
     */
    public static boolean restoreInstructions(ObjectNode response, IntentMarker marker) {
        JsonNode echoed = response.get("instructions");
        String added = marker.instruction();
        if (echoed == null || !echoed.isTextual() || !echoed.asText().endsWith(added)) {
            return false;
        }
        String own = echoed.asText().substring(0, echoed.asText().length() - added.length());
        own = own.endsWith(INSTRUCTION_SEPARATOR) ? own.substring(0, own.length() - INSTRUCTION_SEPARATOR.length()) : own;
        if (own.isEmpty()) {
            response.putNull("instructions");
        } else {
            response.put("instructions", own);
        }
        return true;
    }

    /** Strips a text field of a stream event or part in place; true when it changed. */
    public static boolean stripField(ObjectNode node, String field, MarkerFilter filter) {
        String original = node.path(field).asText();
        String clean = filter.whole(original);
        if (clean.equals(original)) {
            return false;
        }
        node.put(field, clean);
        return true;
    }
}

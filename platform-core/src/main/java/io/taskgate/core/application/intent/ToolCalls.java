package io.taskgate.core.application.intent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An answer that is a tool call rather than text carries no intent marker (the model spoke to a tool, not to the
 * user): its ledger intent is {@link #LABEL}, not {@code unknown}, and it is no signal for misuse scoring.
 */
public final class ToolCalls {

    /** The ledger intent of an answer that called a tool and carried no marker. */
    public static final String LABEL = "tool_call";

    private ToolCalls() {
    }

    /** A chat message or stream delta that calls a tool ({@code tool_calls}, or the older {@code function_call}). */
    public static boolean inChatMessage(JsonNode message) {
        JsonNode calls = message.path("tool_calls");
        return (calls.isArray() && !calls.isEmpty()) || message.path("function_call").isObject();
    }

    /** A Responses output item that calls a tool: {@code function_call}, {@code custom_tool_call}, {@code *_call}. */
    public static boolean isCallItem(JsonNode item) {
        return item.path("type").asText("").endsWith("_call");
    }

    /** Whether a Responses {@code output} array holds a tool call. */
    public static boolean inResponseOutput(JsonNode output) {
        for (JsonNode item : output) {
            if (isCallItem(item)) {
                return true;
            }
        }
        return false;
    }

    /** The ledger intent: the marker's label when one was found, else {@link #LABEL} for a tool call, else unknown. */
    public static String label(String markerLabel, boolean toolCall) {
        if (markerLabel != null) {
            return markerLabel;
        }
        return toolCall ? LABEL : IntentMarker.UNKNOWN;
    }

    /** Whether a ledger intent is a label the model chose (not {@code unknown}, not a tool call): what scoring reads. */
    public static boolean isModelLabel(String intent) {
        return intent != null && !intent.equals(IntentMarker.UNKNOWN) && !intent.equals(LABEL);
    }
}

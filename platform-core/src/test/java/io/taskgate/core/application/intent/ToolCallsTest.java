package io.taskgate.core.application.intent;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToolCallsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMarkersLabelWinsThenAToolCallThenUnknown() {
        assertEquals("test", ToolCalls.label("test", true));
        assertEquals(ToolCalls.LABEL, ToolCalls.label(null, true));
        assertEquals(IntentMarker.UNKNOWN, ToolCalls.label(null, false));
    }

    @Test
    void aToolCallIsNoIntentSignalForMisuseScoring() {
        assertFalse(ToolCalls.isModelLabel(ToolCalls.LABEL));
        assertFalse(ToolCalls.isModelLabel(IntentMarker.UNKNOWN));
        assertFalse(ToolCalls.isModelLabel(null));
        assertTrue(ToolCalls.isModelLabel("off_topic"));
    }

    @Test
    void chatToolCallsAndResponsesCallItemsAreRecognised() throws Exception {
        assertTrue(ToolCalls.inChatMessage(JSON.readTree("{\"tool_calls\":[{\"id\":\"c1\"}]}")));
        assertTrue(ToolCalls.inChatMessage(JSON.readTree("{\"function_call\":{\"name\":\"f\"}}")));
        assertFalse(ToolCalls.inChatMessage(JSON.readTree("{\"content\":\"hi\",\"tool_calls\":[]}")));
        assertTrue(ToolCalls.inResponseOutput(JSON.readTree("[{\"type\":\"message\"},{\"type\":\"custom_tool_call\"}]")));
        assertFalse(ToolCalls.inResponseOutput(JSON.readTree("[{\"type\":\"message\"},{\"type\":\"reasoning\"}]")));
    }
}

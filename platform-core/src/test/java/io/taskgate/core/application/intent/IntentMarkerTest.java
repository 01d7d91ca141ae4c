package io.taskgate.core.application.intent;

import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntentMarkerTest {

    static final TaskInfo CHECKOUT = new TaskInfo("acme-checkout", "acme", "Checkout service",
            "Build the Java checkout service:\ncart, coupons and payments.", true, Set.of("code", "test"));

    @Test
    void theInstructionNamesTheTaskAndDefinesOffTopicAgainstIt() {
        String instruction = IntentMarker.create(List.of("code", "off_topic"), CHECKOUT).instruction();
        assertTrue(instruction.contains("The user works on this task: \"Checkout service\": Build the Java checkout "
                + "service: cart, coupons and payments."), instruction);
        assertTrue(instruction.contains("off_topic means the request is not part of this task: personal matters, "
                + "work for another client or a side project"), instruction);
    }

    @Test
    void theLabelsLineComesBeforeTheTaskSoATaskTextCannotPassForIt() {
        TaskInfo tricky = new TaskInfo("t", "acme", "Tricky", "Labels: code\nmore", true, Set.of());
        String instruction = IntentMarker.create(List.of("code", "off_topic"), tricky).instruction();
        assertTrue(instruction.indexOf("Labels: code, off_topic") < instruction.indexOf("Labels: code more"), instruction);
        assertEquals(4, instruction.lines().count(), "the task's text stays on its own line: " + instruction);
    }

    @Test
    void aLongDescriptionIsCapped() {
        TaskInfo verbose = new TaskInfo("t", "acme", "Verbose", "x".repeat(5000), true, Set.of());
        IntentMarker marker = IntentMarker.create(List.of("code"), verbose);
        assertEquals(IntentMarker.MAX_TASK_CHARS, marker.task().length());
        assertTrue(marker.task().endsWith("\u2026"));
    }

    @Test
    void withoutATaskTheInstructionIsTheBareContract() {
        String instruction = IntentMarker.create(List.of("code", "off_topic")).instruction();
        assertTrue(instruction.endsWith("Labels: code, off_topic"), instruction);
        assertFalse(instruction.contains("task"), instruction);
    }
}

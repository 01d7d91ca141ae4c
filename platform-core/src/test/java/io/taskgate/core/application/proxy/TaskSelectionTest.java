package io.taskgate.core.application.proxy;



import io.taskgate.api.pipeline.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TaskSelectionTest {

    static Caller keyFor(String... tasks) {
        return new Caller("sub", "bob", Caller.AuthKind.API_KEY, "k1", Set.of("acme"), Set.of(tasks), Set.of(), Set.of(),
                Set.of());
    }

    static Caller token() {
        return new Caller("sub", "bob", Caller.AuthKind.TOKEN, null, Set.of("acme"), Set.of("acme-checkout", "acme-docs"),
                Set.of(), Set.of(), Set.of());
    }

    static String code(RefusalException e) {
        return e.refusal().code();
    }

    @Test
    void theHeaderNamesTheTask() throws RefusalException {
        assertEquals("acme-docs", TaskSelection.select(" acme-docs ", null, token()));
    }

    @Test
    void theBaseUrlNamesTheTaskForToolsThatCannotAddAHeader() throws RefusalException {
        assertEquals("acme-checkout", TaskSelection.select(null, "acme-checkout", token()));
    }

    @Test
    void aKeyIssuedForOneTaskNamesThatTask() throws RefusalException {
        assertEquals("acme-checkout", TaskSelection.select(null, null, keyFor("acme-checkout")));
    }

    @Test
    void aKeyForSeveralTasksNamesNone() {
        assertEquals("missing_task_id", code(assertThrows(RefusalException.class,
                () -> TaskSelection.select(null, null, keyFor("acme-checkout", "acme-docs")))));
    }

    @Test
    void headerAndBaseUrlThatDisagreeAreRefusedWith400TaskConflict() {
        RefusalException e = assertThrows(RefusalException.class,
                () -> TaskSelection.select("acme-docs", "acme-checkout", token()));
        assertEquals("task_conflict", code(e));
        assertEquals(400, e.refusal().status());
    }

    @Test
    void aHeaderThatDisagreesWithTheKeysOneTaskIsATaskConflict() {
        assertEquals("task_conflict", code(assertThrows(RefusalException.class,
                () -> TaskSelection.select("acme-docs", null, keyFor("acme-checkout")))));
    }

    @Test
    void placesThatAgreeAreFine() throws RefusalException {
        assertEquals("acme-checkout", TaskSelection.select("acme-checkout", "acme-checkout", keyFor("acme-checkout")));
    }

    @Test
    void nothingNamedIs400MissingTaskIdAndABrokenIdIs400InvalidTaskId() {
        assertEquals("missing_task_id", code(assertThrows(RefusalException.class, () -> TaskSelection.select(null, null, token()))));
        assertEquals("invalid_task_id", code(assertThrows(RefusalException.class,
                () -> TaskSelection.select(null, "acme checkout", token()))));
    }
}

package io.taskgate.core.domain.model.misuse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptKeyTest {

    @Test
    void aRetryWithOtherSpacingOrCaseHasTheSameKey() {
        assertEquals(PromptKey.of("Write my wedding speech"), PromptKey.of("  write my\n\twedding   SPEECH "));
    }

    @Test
    void differentPromptsHaveDifferentKeysAndOnlyTheHashIsKept() {
        PromptKey key = PromptKey.of("Write my wedding speech");
        assertNotEquals(key, PromptKey.of("Write my wedding speech, shorter"));
        assertEquals(64, key.value().length());
        assertTrue(key.value().matches("[0-9a-f]+"));
    }

    @Test
    void blankTextHasNoKey() {
        assertTrue(PromptKey.of("  \n").isNone());
        assertTrue(PromptKey.of(null).isNone());
    }

    @Test
    void aKeyThatIsNoSha256IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PromptKey("not-a-hash"));
    }
}

package io.taskgate.core.infrastructure.keycloak;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserInputTest {

    @Test
    void usernamesAreTrimmedAndLowerCasedAsKeycloakStoresThem() {
        assertEquals("dave", UserInput.username("  Dave "));
    }

    @Test
    void missingOrShortUsernamesAreRefusedInWords() {
        assertEquals("A username is required.",
                assertThrows(IllegalArgumentException.class, () -> UserInput.username(" ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserInput.username("ab"))
                .getMessage().contains("3 to 255 characters"));
    }

    @Test
    void emailsMustLookLikeEmails() {
        assertEquals("dave@acme.example", UserInput.email(" Dave@Acme.example "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserInput.email("dave"))
                .getMessage().contains("not a valid email address"));
        assertThrows(IllegalArgumentException.class, () -> UserInput.email(null));
    }
}

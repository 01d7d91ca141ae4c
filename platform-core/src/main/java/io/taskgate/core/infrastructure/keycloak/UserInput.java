package io.taskgate.core.infrastructure.keycloak;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks the gateway makes before asking Keycloak, so that the common mistakes get a plain message.
 * Keycloak stays the judge (its user profile validates again); usernames are compared in lower case as
 * Keycloak stores them.
 */
final class UserInput {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private UserInput() {
    }

    static String username(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A username is required.");
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (name.length() < 3 || name.length() > 255) {
            throw new IllegalArgumentException("The username '" + username.strip() + "' must be 3 to 255 characters long.");
        }
        return name;
    }

    static String email(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("An email address is required: the new user gets their first sign-in link there.");
        }
        String mail = email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(mail).matches()) {
            throw new IllegalArgumentException("'" + email.strip() + "' is not a valid email address.");
        }
        return mail;
    }
}

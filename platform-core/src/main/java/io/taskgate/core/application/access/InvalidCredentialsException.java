package io.taskgate.core.application.access;

/** A presented credential was rejected; {@link #code()} is the OpenAI-style error code sent with the 401. */
public class InvalidCredentialsException extends Exception {

    private final String code;

    public InvalidCredentialsException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

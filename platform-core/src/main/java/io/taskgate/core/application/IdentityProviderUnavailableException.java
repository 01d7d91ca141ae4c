package io.taskgate.core.application;

/**
 * The identity provider could not be reached or refused the gateway's own credentials: the request cannot be
 * completed now and may be retried (an HTTP caller answers 503). The message says what to check.
 */
public class IdentityProviderUnavailableException extends RuntimeException {

    public IdentityProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

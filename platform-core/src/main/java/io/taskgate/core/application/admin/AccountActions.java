package io.taskgate.core.application.admin;

import java.time.Duration;

/**
 * What the identity provider does for a person's account beyond creating it (Keycloak in production). Every method
 * fails with {@link io.taskgate.core.application.IdentityProviderUnavailableException} when the provider cannot be
 * reached, and with {@link IllegalArgumentException} (message fit for a person) when it refuses the input.
 */
public interface AccountActions {

    /**
     * Has the provider send its own e-mail with a link to set a password and verify the e-mail address, valid for
     * {@code lifespan}; after the actions the person is sent on to {@code redirectUri} (may be null) of client
     * {@code clientId}.
     */
    void sendSetupEmail(String subject, String clientId, String redirectUri, Duration lifespan);

    /** Sets the person's own (not temporary) password and clears the pending set-password action. */
    void setPassword(String subject, String password);

    /** Whether the person has no pending required actions any more (their account is set up). */
    boolean setUpComplete(String subject);

    /** Ends all of the person's sessions and revokes their refresh and offline tokens. */
    void endSessions(String subject);
}

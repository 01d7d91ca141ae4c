package io.taskgate.api.admin;

import java.io.Serializable;

/**
 * How an invitation was delivered ({@code delivery}: email or code), until when it is valid and, for a code, the
 * one-time activation code and link, shown once. {@code sentTo}, {@code activationCode} and {@code activationUrl}
 * are left out when absent.
 */
public record InvitationView(String delivery, boolean sent, String sentTo, String expiresAt, long lifetimeHours,
                             String activationCode, String activationUrl, String message) implements Serializable {
}

package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.invitation.Invitation.Delivery;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How new people get to set their password, chosen per deployment (MicroProfile Config):
 *
 * <table>
 * <caption>keys (environment variables)</caption>
 * <tr><td>{@code taskgate.invitations.delivery} ({@code TASKGATE_INVITATIONS_DELIVERY})</td><td>{@code code} (default):
 * the owner is shown a one-time activation code once and hands it over; {@code email}: Keycloak sends its own
 * execute-actions e-mail through the realm's SMTP settings (set a password, verify the e-mail)</td></tr>
 * <tr><td>{@code taskgate.invitations.lifetime-hours}</td><td>72: how long the link or code is valid (1-720)</td></tr>
 * <tr><td>{@code taskgate.invitations.client-id}</td><td>{@code taskgate-web}: the client the e-mail link returns to</td></tr>
 * <tr><td>{@code taskgate.invitations.console-url} ({@code TASKGATE_INVITATIONS_CONSOLE_URL})</td><td>none: the web
 * console's base URL, e.g. {@code http://localhost:8081}; the e-mail's link returns there, and the activation link
 * is {@code <console-url>/activate.xhtml}</td></tr>
 * </table>
 */
public record InvitationSettings(Delivery delivery, Duration lifetime, String clientId, String consoleUrl) {

    public static final long DEFAULT_LIFETIME_HOURS = 72;
    public static final long MAX_LIFETIME_HOURS = 720;

    public static InvitationSettings from(Function<String, Optional<String>> config) {
        String mode = value(config, "taskgate.invitations.delivery").orElse("code").toUpperCase(Locale.ROOT);
        Delivery delivery;
        try {
            delivery = Delivery.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("taskgate.invitations.delivery must be 'email' or 'code', not '" + mode + "'");
        }
        String hoursText = value(config, "taskgate.invitations.lifetime-hours").orElse(Long.toString(DEFAULT_LIFETIME_HOURS));
        long hours;
        try {
            hours = Long.parseLong(hoursText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("taskgate.invitations.lifetime-hours must be a number of hours, not '" + hoursText + "'");
        }
        if (hours < 1 || hours > MAX_LIFETIME_HOURS) {
            throw new IllegalArgumentException("taskgate.invitations.lifetime-hours must be 1-" + MAX_LIFETIME_HOURS);
        }
        String console = value(config, "taskgate.invitations.console-url").map(u -> u.replaceAll("/+$", "")).orElse(null);
        return new InvitationSettings(delivery, Duration.ofHours(hours),
                value(config, "taskgate.invitations.client-id").orElse("taskgate-web"), console);
    }

    /** Where a person redeems an activation code, or null when no console URL is configured. */
    public String activationUrl() {
        return consoleUrl == null ? null : consoleUrl + "/activate.xhtml";
    }

    /** Where Keycloak sends the person after the e-mail's actions, or null. */
    public String redirectUri() {
        return consoleUrl == null ? null : consoleUrl + "/app/index.xhtml";
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }
}

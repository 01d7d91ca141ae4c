package io.taskgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A member's account state from the core ({@code invited}, {@code invitation_expired}, {@code active}) in words. */
@Named
@ApplicationScoped
public class AccountWords {

    public String of(Object account) {
        if (account == null) {
            return "";
        }
        return switch (account.toString()) {
            case "invited" -> "Invited: has not set a password yet";
            case "invitation_expired" -> "Invitation expired: send a new one";
            case "active" -> "Account active";
            default -> account.toString();
        };
    }
}

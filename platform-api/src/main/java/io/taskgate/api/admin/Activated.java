package io.taskgate.api.admin;

/** The answer to a redeemed activation code. */
public record Activated(boolean activated, String message) {
}

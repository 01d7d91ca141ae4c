package io.taskgate.api.admin;

import java.io.Serializable;

/** The answer to a redeemed activation code. */
public record Activated(boolean activated, String message) implements Serializable {
}

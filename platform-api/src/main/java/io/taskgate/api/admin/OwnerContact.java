package io.taskgate.api.admin;

import java.io.Serializable;

/** An active owner of a tenant, whom a member asks about their access. */
public record OwnerContact(String username, String email) implements Serializable {
}

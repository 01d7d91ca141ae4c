package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.Set;

/** A personal API key as listed: never its secret. {@code revokedAt} is null while the key is in force. */
public record ApiKeyView(String keyId, String prefix, String name, String username, Set<String> tenants,
                         Set<String> tasks, Set<String> endpoints, Set<String> models, String createdAt,
                         String expiresAt, String revokedAt) implements Serializable {
}

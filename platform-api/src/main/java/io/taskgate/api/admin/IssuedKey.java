package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.Set;

/** A key just created or rotated: the {@link ApiKeyView} fields and the secret {@code key}, shown only this once. */
public record IssuedKey(String keyId, String prefix, String name, String username, Set<String> tenants,
                        Set<String> tasks, Set<String> endpoints, Set<String> models, String createdAt,
                        String expiresAt, String revokedAt, String key) implements Serializable {
}

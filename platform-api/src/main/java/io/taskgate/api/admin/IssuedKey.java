package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A key just created or rotated: the {@link ApiKeyView} fields and the secret {@code key}, shown only this once. */
public record IssuedKey(String keyId, String prefix, String name, String username, List<String> tenants,
                        List<String> tasks, List<String> endpoints, List<String> models, String createdAt,
                        String expiresAt, String revokedAt, String key) implements Serializable {
}

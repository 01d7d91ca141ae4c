package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A personal API key as listed: never its secret. {@code revokedAt} is null while the key is in force. */
public record ApiKeyView(String keyId, String prefix, String name, String username, List<String> tenants,
                         List<String> tasks, List<String> endpoints, List<String> models, String createdAt,
                         String expiresAt, String revokedAt) implements Serializable {
}

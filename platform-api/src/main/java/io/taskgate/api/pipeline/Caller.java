package io.taskgate.api.pipeline;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of a proxy request, from a Keycloak token or a personal API key.
 * {@code tasks}, {@code endpoints} and {@code models} are what the credential grants; an empty set grants nothing.
 */
public record Caller(String subject, String username, AuthKind authKind, String keyId,
                     Set<String> tenants, Set<String> tasks, Set<String> endpoints, Set<String> models,
                     Set<String> roles) {

    /** How the caller proved who they are. */
    public enum AuthKind { TOKEN, API_KEY }

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(authKind, "authKind");
        username = username == null ? subject : username;
        tenants = Set.copyOf(tenants);
        tasks = Set.copyOf(tasks);
        endpoints = Set.copyOf(endpoints);
        models = Set.copyOf(models);
        roles = Set.copyOf(roles);
    }

    public boolean mayUseTask(String taskId) {
        return tasks.contains(taskId);
    }

    public boolean mayUseEndpoint(Endpoint endpoint) {
        return endpoints.contains(endpoint.claimName());
    }

    public boolean mayUseModel(String model) {
        return models.contains(model);
    }
}

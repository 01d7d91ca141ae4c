package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Endpoint;

import java.util.Objects;

/**
 * One call on the OpenAI surface as transport received it: the endpoint, the {@code Authorization} and
 * {@code X-Task-Id} headers (either may be null), the task named by a {@code /t/<task>/v1} base URL (or null), and
 * the body, read on demand.
 */
public record ProxyCommand(Endpoint endpoint, String authorization, String taskHeader, String taskInPath,
                           RequestReader body) {

    public ProxyCommand {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(body, "body");
    }
}

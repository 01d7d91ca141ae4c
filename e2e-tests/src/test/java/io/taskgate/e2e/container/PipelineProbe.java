package io.taskgate.e2e.container;

import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.pipeline.ProxyPipeline;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in for the upstream call, bound to the gateway's real {@code PipelineInterceptor} with the same
 * {@link ProxyPipeline} binding the product's upstream client carries: the interceptor runs the registry's stages
 * around it, exactly as around a real call, but nothing leaves the container.
 */
@ApplicationScoped
public class PipelineProbe {

    @ProxyPipeline
    public UpstreamOutcome call(ProxyExchange exchange) {
        PipelineTrace.record(exchange, PipelineTrace.UPSTREAM_CALL);
        return new UpstreamOutcome.Answered(200, Map.of("Content-Type", "application/json"),
                "{\"object\":\"chat.completion\"}".getBytes(StandardCharsets.UTF_8), null);
    }
}

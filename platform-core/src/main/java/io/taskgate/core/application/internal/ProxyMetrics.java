package io.taskgate.core.application.internal;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;

/** MicroProfile Metrics of the proxy: requests by endpoint and status, refusals by code, tokens, upstream latency. */
@ApplicationScoped
public class ProxyMetrics {

    @Inject
    MetricRegistry registry;

    public void request(Endpoint endpoint, int status, String refusalCode, Usage usage) {
        Tag ep = new Tag("endpoint", endpoint.claimName());
        registry.counter("taskgate_requests_total", ep, new Tag("status", Integer.toString(status))).inc();
        if (refusalCode != null) {
            registry.counter("taskgate_refusals_total", ep, new Tag("code", refusalCode)).inc();
        }
        if (usage.promptTokens() > 0) {
            registry.counter("taskgate_tokens_total", ep, new Tag("kind", "prompt")).inc(usage.promptTokens());
        }
        if (usage.completionTokens() > 0) {
            registry.counter("taskgate_tokens_total", ep, new Tag("kind", "completion")).inc(usage.completionTokens());
        }
    }

    public void upstreamLatency(Endpoint endpoint, Duration latency) {
        registry.timer("taskgate_upstream_latency", new Tag("endpoint", endpoint.claimName())).update(latency);
    }

    public void stageFailure(String family, String pluginId) {
        registry.counter("taskgate_stage_failures_total", new Tag("family", family), new Tag("plugin", pluginId)).inc();
    }
}

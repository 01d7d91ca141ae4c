package io.taskgate.core.infrastructure.metrics;

import io.taskgate.core.application.ProxyMetrics;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ProxyMetrics} adapter on MicroProfile Metrics: requests by endpoint and status, refusals by code, tokens, upstream latency.
 * Metric handles are looked up once per name and tags and then kept: the lookup costs more than the update.
 */
@ApplicationScoped
public class MicroProfileProxyMetrics implements ProxyMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<Endpoint, Timer> latencies = new ConcurrentHashMap<>();

    @Override
    public void request(Endpoint endpoint, int status, String refusalCode, Usage usage) {
        counter("taskgate_requests_total", endpoint, "status", Integer.toString(status)).inc();
        if (refusalCode != null) {
            counter("taskgate_refusals_total", endpoint, "code", refusalCode).inc();
        }
        if (usage.promptTokens() > 0) {
            counter("taskgate_tokens_total", endpoint, "kind", "prompt").inc(usage.promptTokens());
        }
        if (usage.completionTokens() > 0) {
            counter("taskgate_tokens_total", endpoint, "kind", "completion").inc(usage.completionTokens());
        }
    }

    @Override
    public void upstreamLatency(Endpoint endpoint, long nanos) {
        latencies.computeIfAbsent(endpoint, e -> registry.timer("taskgate_upstream_latency",
                new Tag("endpoint", e.claimName()))).update(Duration.ofNanos(nanos));
    }

    @Override
    public void stageFailure(String family, String pluginId) {
        registry.counter("taskgate_stage_failures_total", new Tag("family", family), new Tag("plugin", pluginId)).inc();
    }

    @Override
    public void stageShed(String family, String pluginId) {
        registry.counter("taskgate_stage_shed_total", new Tag("family", family), new Tag("plugin", pluginId)).inc();
    }

    private Counter counter(String name, Endpoint endpoint, String tag, String value) {
        String key = name + '|' + endpoint.claimName() + '|' + tag + '|' + value;
        Counter counter = counters.get(key);
        if (counter == null) {
            counter = counters.computeIfAbsent(key, k -> registry.counter(name,
                    new Tag("endpoint", endpoint.claimName()), new Tag(tag, value)));
        }
        return counter;
    }
}

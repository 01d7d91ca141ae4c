package io.taskgate.core.application;

import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Usage;

/**
 * Port: what the proxy reports to the operator's metrics (requests by endpoint and status, refusals by code, tokens,
 * upstream latency, stage failures and shed detector runs). The adapter is
 * {@code infrastructure.metrics.MicroProfileProxyMetrics}; {@link #NONE} reports nothing.
 */
public interface ProxyMetrics {

    ProxyMetrics NONE = new ProxyMetrics() {
        @Override
        public void request(Endpoint endpoint, int status, String refusalCode, Usage usage) {
        }

        @Override
        public void upstreamLatency(Endpoint endpoint, long nanos) {
        }

        @Override
        public void stageFailure(String family, String pluginId) {
        }

        @Override
        public void stageShed(String family, String pluginId) {
        }
    };

    /** One finished call: its endpoint, status, refusal code (or null) and settled usage. */
    void request(Endpoint endpoint, int status, String refusalCode, Usage usage);

    /** How long the upstream took to answer (to its response headers, for a stream). */
    void upstreamLatency(Endpoint endpoint, long nanos);

    /** A stage threw. */
    void stageFailure(String family, String pluginId);

    /** A detector beside the upstream call was not run for one request: the detector queue was full. */
    void stageShed(String family, String pluginId);
}

package io.taskgate.core.interfaces.health;

import io.taskgate.core.application.upstream.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the upstream answers its model list with the gateway's key. Probed at most every 10 s. */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private static final long PROBE_INTERVAL_NANOS = 10_000_000_000L;

    @Inject
    Upstream upstream;

    private volatile long probedAt;
    private volatile int lastStatus = -1;

    @Override
    public HealthCheckResponse call() {
        long now = System.nanoTime();
        if (lastStatus != 200 || now - probedAt > PROBE_INTERVAL_NANOS) {
            try {
                lastStatus = upstream.probeModels();
            } catch (RuntimeException e) {
                lastStatus = 0;
            }
            probedAt = now;
        }
        return HealthCheckResponse.named("upstream").status(lastStatus == 200)
                .withData("baseUrl", upstream.baseUri().toString())
                .withData("status", lastStatus).build();
    }
}

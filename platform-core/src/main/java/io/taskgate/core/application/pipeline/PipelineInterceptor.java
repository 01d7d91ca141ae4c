package io.taskgate.core.application.pipeline;

import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.misuse.PendingAssessments;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * The CDI shell of the {@link Pipeline}: it binds to the one method that makes the upstream call
 * ({@link ProxyPipeline}), and {@link InvocationContext#proceed()} is the pipeline's last link.
 */
@ProxyPipeline
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PipelineInterceptor {

    @Inject
    StageSource stages;

    @Inject
    DetectorQueue detectors;

    @Inject
    PendingAssessments pending;

    @AroundInvoke
    public Object around(InvocationContext context) throws Exception {
        ProxyExchange exchange = (ProxyExchange) context.getParameters()[0];
        return new Pipeline(stages, detectors, pending).run(exchange, () -> (UpstreamOutcome) context.proceed());
    }
}

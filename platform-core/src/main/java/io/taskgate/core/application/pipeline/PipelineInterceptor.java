package io.taskgate.core.application.pipeline;

import io.taskgate.core.application.ProxyExchange;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * The proxy pipeline as a CDI interceptor around the upstream call: the families before the call, then
 * {@link InvocationContext#proceed()} (only here, exactly once), then the families after it. For a stream,
 * the after-call families run once the core has relayed the whole stream (or the client left, or the upstream
 * broke off). Settlement also runs when a stage refused before the call or the call threw, so that whatever an
 * earlier stage reserved is released.
 */
@ProxyPipeline
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PipelineInterceptor {

    @Inject
    StageSource stages;

    @AroundInvoke
    public Object around(InvocationContext context) throws Exception {
        ProxyExchange exchange = (ProxyExchange) context.getParameters()[0];
        StageRunner runner = new StageRunner(stages);
        var refusal = runner.runBefore(exchange);
        if (refusal.isPresent()) {
            runner.runSettlementOnly(exchange);
            return new UpstreamOutcome.Refused(refusal.get());
        }
        UpstreamOutcome outcome;
        try {
            outcome = (UpstreamOutcome) context.proceed();
        } catch (Exception | Error e) {
            runner.runSettlementOnly(exchange);
            throw e;
        }
        if (outcome instanceof UpstreamOutcome.Streaming streaming) {
            streaming.afterRelay(() -> runner.runAfter(exchange));
        } else {
            runner.runAfter(exchange);
        }
        return outcome;
    }
}

package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.misuse.PendingAssessments;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The proxy pipeline as a CDI interceptor around the upstream call: the families before the call, then
 * {@link InvocationContext#proceed()} (only here, exactly once), then the families after it.
 * <ul>
 *   <li>The {@code misuse-pre} detectors that never refuse (they only score) run beside the upstream call, on the
 *   {@link DetectorQueue}, so their cost never delays an answer. The after-call families (the deviation score, then
 *   settlement) run once both the answer and those detectors are done: for a plain answer possibly after it was
 *   sent, and the member's next request waits for that ({@link PendingAssessments}), so a block still applies from
 *   the next request. A tenant whose misuse policy is fail-closed has every detector run in front of the call,
 *   where a failing one can still refuse.</li>
 *   <li>For a stream, the after-call families run once the core has relayed the whole stream (or the client left,
 *   or the upstream broke off).</li>
 *   <li>Settlement also runs when a stage refused before the call or the call threw, so that whatever an earlier
 *   stage reserved is released.</li>
 * </ul>
 */
@ProxyPipeline
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PipelineInterceptor {

    private static final Logger LOG = Logger.getLogger(PipelineInterceptor.class.getName());
    /** How long a stream's end waits for the detectors beside it (they are bounded by their own budgets). */
    static final long STREAM_WAIT_SECONDS = 10;

    @Inject
    StageSource stages;

    @Inject
    DetectorQueue detectors;

    @Inject
    PendingAssessments pending;

    @AroundInvoke
    public Object around(InvocationContext context) throws Exception {
        ProxyExchange exchange = (ProxyExchange) context.getParameters()[0];
        StageRunner runner = new StageRunner(stages);
        boolean besideAllowed = stages.failOpen(StageFamily.MISUSE_PRE, exchange);
        var refusal = runner.runBefore(exchange, besideAllowed);
        if (refusal.isPresent()) {
            runner.runSettlementOnly(exchange);
            return new UpstreamOutcome.Refused(refusal.get());
        }
        CompletableFuture<Void> assessed = besideAllowed ? runner.startBeside(exchange, detectors)
                : CompletableFuture.completedFuture(null);
        UpstreamOutcome outcome;
        try {
            outcome = (UpstreamOutcome) context.proceed();
        } catch (Exception | Error e) {
            runner.runSettlementOnly(exchange);
            throw e;
        }
        if (outcome instanceof UpstreamOutcome.Streaming streaming) {
            streaming.afterRelay(() -> {
                await(assessed, exchange);
                runner.runAfter(exchange);
            });
            return outcome;
        }
        exchange.markAnswered();
        CompletableFuture<Void> settled = assessed.thenRun(() -> runner.runAfter(exchange));
        exchange.settledBy(settled);
        pending.track(exchange, settled);
        return outcome;
    }

    private static void await(CompletableFuture<Void> assessed, ProxyExchange exchange) {
        try {
            assessed.get(STREAM_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Detectors beside stream " + exchange.requestId() + " did not finish: " + e);
        }
    }
}

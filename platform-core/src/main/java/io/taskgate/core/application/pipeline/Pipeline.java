package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.misuse.PendingAssessments;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The proxy pipeline around one upstream call, as a plain object: the families before the call, the call itself
 * (exactly once, and only if nothing refused), then the families after it. {@link PipelineInterceptor} is its CDI
 * shell; unit tests drive {@link #run} with a fake upstream.
 * <ul>
 *   <li>The {@code misuse-pre} detectors that never refuse (they only score) run beside the upstream call, on the
 *   {@link DetectorQueue}, so their cost never delays an answer. The after-call families (the deviation score, then
 *   settlement) run once both the answer and those detectors are done: for a plain answer possibly after it was
 *   sent, and the member's next request waits for that ({@link PendingAssessments}), so a block still applies from
 *   the next request. A tenant whose misuse policy is fail-closed has every detector run in front of the call,
 *   where a failing one can still refuse.</li>
 *   <li>For a stream, the detectors beside the call start once its first event has reached the client
 *   ({@link UpstreamOutcome.Streaming#firstEventSent()}), so that they do not compete with it for the CPU, and the
 *   after-call families run once the core has relayed the whole stream (or the client left, or the upstream broke
 *   off): {@link UpstreamOutcome.Streaming#relayed()}.</li>
 *   <li>Settlement also runs when a stage refused before the call or the call threw, so that whatever an earlier
 *   stage reserved is released.</li>
 * </ul>
 */
public final class Pipeline {

    private static final Logger LOG = Logger.getLogger(Pipeline.class.getName());
    /** How long a stream's end waits for the detectors beside it (they are bounded by their own budgets). */
    static final long STREAM_WAIT_SECONDS = 10;

    /** The upstream call the pipeline wraps: the chain's last link. */
    @FunctionalInterface
    public interface Call {
        UpstreamOutcome proceed() throws Exception;
    }

    private final StageSource stages;
    private final DetectorQueue detectors;
    private final PendingAssessments pending;

    public Pipeline(StageSource stages, DetectorQueue detectors, PendingAssessments pending) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.detectors = Objects.requireNonNull(detectors, "detectors");
        this.pending = Objects.requireNonNull(pending, "pending");
    }

    /** Runs the stages around {@code call} for {@code exchange}; a stage's refusal is returned, never thrown. */
    public UpstreamOutcome run(ProxyExchange exchange, Call call) throws Exception {
        StageRunner runner = new StageRunner(stages);
        boolean besideAllowed = stages.failOpen(StageFamily.MISUSE_PRE, exchange);
        var refusal = runner.runBefore(exchange, besideAllowed);
        if (refusal.isPresent()) {
            runner.runSettlementOnly(exchange);
            return new UpstreamOutcome.Refused(refusal.get());
        }
        // a stream's detectors start once its first event is out: on 2 cores, an embedding started beside the call
        // competed with the relay of that very first event
        boolean afterFirstEvent = besideAllowed && exchange.streaming();
        Beside beside = new Beside(besideAllowed, runner, exchange, detectors);
        if (besideAllowed && !afterFirstEvent) {
            beside.start();
        }
        UpstreamOutcome outcome;
        try {
            outcome = call.proceed();
        } catch (Exception | Error e) {
            runner.runSettlementOnly(exchange);
            throw e;
        }
        if (outcome instanceof UpstreamOutcome.Streaming streaming) {
            streaming.afterFirstEvent(beside::start);
            streaming.afterRelay(() -> {
                streaming.firstEventSent(); // a relay that ended before its first event still has its detectors run
                await(beside.start(), exchange, stages::hurry);
                runner.runAfter(exchange);
            });
            return outcome;
        }
        CompletableFuture<Void> assessed = beside.start(); // a stream request answered whole (an upstream error)
        exchange.markAnswered();
        CompletableFuture<Void> settled = assessed.thenRun(() -> runner.runAfter(exchange));
        exchange.settledBy(settled);
        pending.track(exchange, settled, stages::hurry);
        return outcome;
    }

    /** The detectors beside one call, started at most once; none where they all run in front of the call. */
    private static final class Beside {
        private final boolean allowed;
        private final StageRunner runner;
        private final ProxyExchange exchange;
        private final DetectorQueue detectors;
        private CompletableFuture<Void> running;

        Beside(boolean allowed, StageRunner runner, ProxyExchange exchange, DetectorQueue detectors) {
            this.allowed = allowed;
            this.runner = runner;
            this.exchange = exchange;
            this.detectors = detectors;
        }

        synchronized CompletableFuture<Void> start() {
            if (running == null) {
                running = allowed ? runner.startBeside(exchange, detectors) : CompletableFuture.completedFuture(null);
            }
            return running;
        }
    }

    private static void await(CompletableFuture<Void> assessed, ProxyExchange exchange, Runnable hurry) {
        if (!assessed.isDone()) {
            hurry.run(); // the stream's end waits for them: a detector that holds runs back sends them now
        }
        try {
            assessed.get(STREAM_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Detectors beside stream " + exchange.requestId() + " did not finish: " + e);
        }
    }
}

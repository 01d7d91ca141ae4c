package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Runs families of stages in the given order. A stage that throws is isolated: it is reported, and the
 * family's fail policy decides whether the request goes on or is refused with 503 {@code stage_failed}.
 */
public final class StageRunner {

    private static final Predicate<RegisteredStage> EVERY = stage -> true;

    private final StageSource source;
    /** Which stages run beside the call for which exchange (a runner serves one exchange at a time). */
    private volatile Beside decided;

    private record Beside(Exchange exchange, List<RegisteredStage> stages) {
    }

    public StageRunner(StageSource source) {
        this.source = source;
    }

    /** Runs the families before the upstream call, every stage in line; the first refusal wins. */
    public Optional<Refusal> runBefore(Exchange exchange) {
        return runBefore(exchange, false);
    }

    /**
     * Runs the families before the upstream call; the first refusal wins. With {@code besideAllowed}, the
     * {@code misuse-pre} stages that may not refuse this exchange ({@link RegisteredStage#besideTheCall(Exchange)})
     * are left for {@link #startBeside}, which starts exactly those (the question is asked once per exchange, so a
     * setting changed in between cannot make a stage run twice or not at all).
     */
    public Optional<Refusal> runBefore(Exchange exchange, boolean besideAllowed) {
        if (!besideAllowed) {
            return run(PipelineOrder.BEFORE_CALL, exchange, true, EVERY);
        }
        List<RegisteredStage> beside = besideFor(exchange);
        return run(PipelineOrder.BEFORE_CALL, exchange, true, stage -> !beside.contains(stage));
    }

    /** The {@code misuse-pre} stages that run beside the call for {@code exchange}, decided once per exchange. */
    private List<RegisteredStage> besideFor(Exchange exchange) {
        Beside known = decided;
        if (known != null && known.exchange() == exchange) {
            return known.stages();
        }
        List<RegisteredStage> beside = new ArrayList<>();
        for (RegisteredStage stage : source.stages(StageFamily.MISUSE_PRE)) {
            if (stage.besideTheCall(exchange)) {
                beside.add(stage);
            }
        }
        Beside decision = new Beside(exchange, List.copyOf(beside));
        decided = decision;
        return decision.stages();
    }

    /**
     * Starts the {@code misuse-pre} stages that may not refuse {@code exchange} on {@code queue}, to run while the
     * upstream call is made, each on its own detector's threads. The future completes once they have all run, or at
     * once when there are none or the queue shed them (each shed stage is reported to the source).
     */
    public CompletableFuture<Void> startBeside(Exchange exchange, DetectorQueue queue) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (RegisteredStage stage : besideFor(exchange)) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            boolean queued = queue.offer(stage, () -> {
                try {
                    runOne(stage, exchange);
                } finally {
                    done.complete(null);
                }
            });
            if (queued) {
                running.add(done);
            } else {
                source.reportShed(stage, exchange);
            }
        }
        return running.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
    }

    /** Runs one stage beside the call, where it cannot refuse; a failure is reported and the exchange goes on. */
    private void runOne(RegisteredStage stage, Exchange exchange) {
        try {
            stage.besideStage().apply(exchange);
        } catch (RuntimeException | LinkageError e) {
            source.reportFailure(stage, e);
        }
    }

    /** Runs the families after the upstream call; they observe and settle, and cannot refuse any more. */
    public void runAfter(Exchange exchange) {
        run(PipelineOrder.AFTER_CALL, exchange, false, EVERY);
    }

    /**
     * Runs only the settlement family, for an exchange that never got an answer: refused by a stage before the
     * call (it has no upstream status), or whose upstream call threw. Reservations are released this way.
     */
    public void runSettlementOnly(Exchange exchange) {
        run(List.of(StageFamily.SETTLEMENT), exchange, false, EVERY);
    }

    private Optional<Refusal> run(List<StageFamily> families, Exchange exchange, boolean mayRefuse,
                                  Predicate<RegisteredStage> which) {
        for (StageFamily family : families) {
            for (RegisteredStage stage : source.stages(family)) {
                if (!which.test(stage)) {
                    continue;
                }
                StageResult result;
                try {
                    result = stage.stage().apply(exchange);
                } catch (RuntimeException | LinkageError e) {
                    source.reportFailure(stage, e);
                    if (mayRefuse && !source.failOpen(family, exchange)) {
                        return Optional.of(Refusal.of(503, "stage_failed",
                                "The gateway could not check this request (" + family.configKey()
                                        + " stage '" + stage.pluginId() + "' failed). Try again later."));
                    }
                    continue;
                }
                if (mayRefuse && result != null && result.refused()) {
                    return result.refusal();
                }
            }
        }
        return Optional.empty();
    }
}

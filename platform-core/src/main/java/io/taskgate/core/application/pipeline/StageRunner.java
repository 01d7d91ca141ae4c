package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;

import java.util.List;
import java.util.Optional;

/**
 * Runs families of stages in the given order. A stage that throws is isolated: it is reported, and the
 * family's fail policy decides whether the request goes on or is refused with 503 {@code stage_failed}.
 */
public final class StageRunner {

    private final StageSource source;

    public StageRunner(StageSource source) {
        this.source = source;
    }

    /** Runs the families before the upstream call; the first refusal wins. */
    public Optional<Refusal> runBefore(Exchange exchange) {
        return run(PipelineOrder.BEFORE_CALL, exchange, true);
    }

    /** Runs the families after the upstream call; they observe and settle, and cannot refuse any more. */
    public void runAfter(Exchange exchange) {
        run(PipelineOrder.AFTER_CALL, exchange, false);
    }

    /**
     * Runs only the settlement family, for an exchange that never got an answer: refused by a stage before the
     * call (it has no upstream status), or whose upstream call threw. Reservations are released this way.
     */
    public void runSettlementOnly(Exchange exchange) {
        run(List.of(StageFamily.SETTLEMENT), exchange, false);
    }

    private Optional<Refusal> run(List<StageFamily> families, Exchange exchange, boolean mayRefuse) {
        for (StageFamily family : families) {
            for (RegisteredStage stage : source.stages(family)) {
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

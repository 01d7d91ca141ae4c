package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.StageFamily;

import java.util.List;

/** Supplies the active stages of a family, sorted by order, and takes reports of stage failures. */
public interface StageSource {

    List<RegisteredStage> stages(StageFamily family);

    /** Whether a failing stage of this family lets the request go on (open) or refuses it (closed). */
    boolean failOpen(StageFamily family);

    /** The fail policy for one exchange; misuse families follow the tenant's policy where a source knows it. */
    default boolean failOpen(StageFamily family, io.taskgate.api.pipeline.Exchange exchange) {
        return failOpen(family);
    }

    void reportFailure(RegisteredStage stage, Throwable failure);

    /**
     * A request waits for the stages beside earlier upstream calls ({@link io.taskgate.api.spi.StageFactory#hurry()}):
     * those that hold runs back to share work send them now.
     */
    default void hurry() {
    }

    /** A stage that runs beside the upstream call was not run for this exchange: the detector queue was full. */
    default void reportShed(RegisteredStage stage, io.taskgate.api.pipeline.Exchange exchange) {
    }
}

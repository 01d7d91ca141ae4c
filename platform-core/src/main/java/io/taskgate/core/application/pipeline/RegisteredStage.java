package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;

/**
 * A created stage with the identity of the plugin that made it, its effective order, and whether it may refuse
 * (a {@code misuse-pre} stage that may not runs beside the upstream call, see {@link PipelineInterceptor}).
 * {@code besideStage} is the same stage as it runs beside the call, on its detector's own threads: a plugin's stage
 * in line runs within its time budget on another thread, so that the request never waits past it, while beside the
 * call it runs on the detector thread itself, watched.
 */
public record RegisteredStage(String pluginId, StageFamily family, int order, Stage stage, boolean mayRefuse,
                              Stage besideStage) {

    public RegisteredStage(String pluginId, StageFamily family, int order, Stage stage, boolean mayRefuse) {
        this(pluginId, family, order, stage, mayRefuse, stage);
    }

    public RegisteredStage(String pluginId, StageFamily family, int order, Stage stage) {
        this(pluginId, family, order, stage, true);
    }

    /** Whether this stage runs beside the upstream call rather than in front of it. */
    public boolean besideTheCall() {
        return family == StageFamily.MISUSE_PRE && !mayRefuse;
    }
}

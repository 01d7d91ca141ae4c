package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;

/**
 * A created stage with the identity of the plugin that made it, its effective order, and whether it may refuse
 * (a {@code misuse-pre} stage that may not runs beside the upstream call, see {@link PipelineInterceptor}).
 */
public record RegisteredStage(String pluginId, StageFamily family, int order, Stage stage, boolean mayRefuse) {

    public RegisteredStage(String pluginId, StageFamily family, int order, Stage stage) {
        this(pluginId, family, order, stage, true);
    }

    /** Whether this stage runs beside the upstream call rather than in front of it. */
    public boolean besideTheCall() {
        return family == StageFamily.MISUSE_PRE && !mayRefuse;
    }
}

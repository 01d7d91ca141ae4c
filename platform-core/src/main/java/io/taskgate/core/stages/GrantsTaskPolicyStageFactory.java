package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.TaskPolicyStageFactory;

/** Registers {@link GrantsTaskPolicyStage} as the default task policy. */
public class GrantsTaskPolicyStageFactory implements TaskPolicyStageFactory {

    @Override
    public String id() {
        return "grants";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Stage create() {
        return new GrantsTaskPolicyStage();
    }

    @Override
    public String description() {
        return "Refuses tasks, endpoints and models the caller was not granted, and closed tasks.";
    }
}

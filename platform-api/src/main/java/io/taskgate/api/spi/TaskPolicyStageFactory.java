package io.taskgate.api.spi;

import io.taskgate.api.pipeline.StageFamily;

/** SPI of the {@code TASK_POLICY} family: Decides whether a caller may use a task, endpoint and model. Register implementations in {@code META-INF/services}. */
public interface TaskPolicyStageFactory extends StageFactory {

    @Override
    default StageFamily family() {
        return StageFamily.TASK_POLICY;
    }
}

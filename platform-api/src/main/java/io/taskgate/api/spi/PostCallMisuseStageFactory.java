package io.taskgate.api.spi;

import io.taskgate.api.pipeline.StageFamily;

/** SPI of the {@code MISUSE_POST} family: Detects misuse from the answer after the upstream call. Register implementations in {@code META-INF/services}. */
public interface PostCallMisuseStageFactory extends StageFactory {

    @Override
    default StageFamily family() {
        return StageFamily.MISUSE_POST;
    }
}

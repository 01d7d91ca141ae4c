package io.taskgate.api.spi;

import io.taskgate.api.pipeline.StageFamily;

/** SPI of the {@code MISUSE_PRE} family: Detects misuse from the request before the upstream call. Register implementations in {@code META-INF/services}. */
public interface PreCallMisuseStageFactory extends StageFactory {

    @Override
    default StageFamily family() {
        return StageFamily.MISUSE_PRE;
    }
}

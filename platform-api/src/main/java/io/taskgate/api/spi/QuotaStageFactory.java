package io.taskgate.api.spi;

import io.taskgate.api.pipeline.StageFamily;

/** SPI of the {@code QUOTA} family: Admits a request against rate limits and quotas before the upstream call. Register implementations in {@code META-INF/services}. */
public interface QuotaStageFactory extends StageFactory {

    @Override
    default StageFamily family() {
        return StageFamily.QUOTA;
    }
}

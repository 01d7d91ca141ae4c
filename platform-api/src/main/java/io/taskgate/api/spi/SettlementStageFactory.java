package io.taskgate.api.spi;

import io.taskgate.api.pipeline.StageFamily;

/** SPI of the {@code SETTLEMENT} family: Settles cost and usage once an exchange is complete. Register implementations in {@code META-INF/services}. */
public interface SettlementStageFactory extends StageFactory {

    @Override
    default StageFamily family() {
        return StageFamily.SETTLEMENT;
    }
}

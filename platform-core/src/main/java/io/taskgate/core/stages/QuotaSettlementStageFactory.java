package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.SettlementStageFactory;

/**
 * Built-in quota settlement: replaces an exchange's reservation with the tokens and cost it actually used, after
 * {@code pricing} (order 10) has set the cost. Runs for answered, failed, streamed and refused exchanges alike;
 * settling twice does nothing.
 */
public class QuotaSettlementStageFactory implements SettlementStageFactory {

    @Override
    public String id() {
        return QuotaLimitsStageFactory.ID;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Stage create() {
        return exchange -> {
            QuotaLimitsStageFactory.service().settle(exchange);
            return StageResult.proceed();
        };
    }

    @Override
    public String description() {
        return "Settles quota reservations with the usage the upstream reported.";
    }
}

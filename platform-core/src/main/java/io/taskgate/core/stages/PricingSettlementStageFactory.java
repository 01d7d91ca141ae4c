package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.SettlementStageFactory;
import io.taskgate.core.domain.model.usage.PricingTable;

import java.util.List;

/**
 * Settles the cost of every exchange from the pricing table. Settings: {@code gateway.settlement.pricing.overrides}
 * as {@code model=input/output,...} in USD per million tokens, and {@code .unknown} for unlisted models.
 */
public class PricingSettlementStageFactory implements SettlementStageFactory {

    private PricingTable table = PricingTable.defaults();

    @Override
    public String id() {
        return "pricing";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void init(PluginConfig config) {
        table = PricingTable.fromSettings(config.get("overrides", ""), config.get("unknown", "0/0"));
    }

    @Override
    public Stage create() {
        PricingTable prices = table;
        return exchange -> {
            exchange.usage().ifPresent(u -> exchange.settleCost(
                    prices.priceOf(exchange.model().orElse(null)).cost(u.promptTokens(), u.completionTokens())));
            return StageResult.proceed();
        };
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        return List.of(
                new ConfigProperty("overrides", ConfigProperty.Type.LIST, "",
                        "Prices replacing the defaults: model=input/output in USD per million tokens, comma-separated"),
                new ConfigProperty("unknown", ConfigProperty.Type.STRING, "0/0",
                        "Price of models not in the table, input/output in USD per million tokens"));
    }

    @Override
    public String description() {
        return "Computes the cost of each exchange from a per-model pricing table.";
    }
}

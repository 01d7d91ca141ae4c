package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.SettlementStageFactory;
import io.taskgate.core.domain.model.usage.ModelPrice;
import io.taskgate.core.domain.model.usage.PricingTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, ModelPrice> overrides = new HashMap<>();
        String spec = config.get("overrides", "");
        for (String entry : spec.split(",")) {
            if (!entry.isBlank()) {
                overrides.put(model(entry), price(entry.substring(entry.indexOf('=') + 1)));
            }
        }
        table = new PricingTable(overrides, price(config.get("unknown", "0/0")));
    }

    private static String model(String entry) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("Pricing override '" + entry + "' must look like model=input/output");
        }
        return entry.substring(0, eq).trim();
    }

    private static ModelPrice price(String spec) {
        String[] parts = spec.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Price '" + spec + "' must look like input/output (USD per 1M tokens)");
        }
        return ModelPrice.of(parts[0].trim(), parts[1].trim());
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

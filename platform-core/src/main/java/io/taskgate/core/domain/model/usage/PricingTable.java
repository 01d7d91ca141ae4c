package io.taskgate.core.domain.model.usage;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices per model: list prices of common OpenAI models as defaults, overridable per model.
 * A dated model id ({@code gpt-4o-mini-2024-07-18}) falls back to its base name's price.
 */
public final class PricingTable {

    static final Map<String, ModelPrice> DEFAULTS = Map.ofEntries(
            Map.entry("gpt-4o-mini", ModelPrice.of("0.15", "0.60")),
            Map.entry("gpt-4o", ModelPrice.of("2.50", "10.00")),
            Map.entry("gpt-4.1", ModelPrice.of("2.00", "8.00")),
            Map.entry("gpt-4.1-mini", ModelPrice.of("0.40", "1.60")),
            Map.entry("gpt-4.1-nano", ModelPrice.of("0.10", "0.40")),
            Map.entry("o4-mini", ModelPrice.of("1.10", "4.40")),
            Map.entry("o3", ModelPrice.of("2.00", "8.00")),
            Map.entry("gpt-3.5-turbo", ModelPrice.of("0.50", "1.50")),
            Map.entry("gpt-3.5-turbo-instruct", ModelPrice.of("1.50", "2.00")),
            Map.entry("text-embedding-3-small", ModelPrice.of("0.02", "0")),
            Map.entry("text-embedding-3-large", ModelPrice.of("0.13", "0")),
            Map.entry("text-embedding-ada-002", ModelPrice.of("0.10", "0")));

    private final Map<String, ModelPrice> prices;
    private final ModelPrice fallback;

    public PricingTable(Map<String, ModelPrice> overrides, ModelPrice fallback) {
        Map<String, ModelPrice> merged = new HashMap<>(DEFAULTS);
        merged.putAll(overrides);
        this.prices = Map.copyOf(merged);
        this.fallback = fallback;
    }

    public static PricingTable defaults() {
        return new PricingTable(Map.of(), ModelPrice.FREE);
    }

    public ModelPrice priceOf(String model) {
        if (model == null) {
            return fallback;
        }
        return exact(model).or(() -> exact(model.replaceFirst("-\\d{4}-\\d{2}-\\d{2}$", ""))).orElse(fallback);
    }

    private Optional<ModelPrice> exact(String model) {
        return Optional.ofNullable(prices.get(model));
    }

    /**
     * A table from settings: {@code overrides} as {@code model=input/output,...} and {@code unknown} as
     * {@code input/output}, in USD per million tokens.
     */
    public static PricingTable fromSettings(String overrides, String unknown) {
        Map<String, ModelPrice> parsed = new HashMap<>();
        for (String entry : (overrides == null ? "" : overrides).split(",")) {
            if (!entry.isBlank()) {
                parsed.put(model(entry), price(entry.substring(entry.indexOf('=') + 1)));
            }
        }
        return new PricingTable(parsed, price(unknown == null || unknown.isBlank() ? "0/0" : unknown));
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
}

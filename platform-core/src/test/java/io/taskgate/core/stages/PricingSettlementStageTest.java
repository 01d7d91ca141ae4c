package io.taskgate.core.stages;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PricingSettlementStageTest {

    static PluginConfig config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    static BigDecimal settle(PricingSettlementStageFactory factory, String model, long prompt, long completion) {
        ProxyExchange exchange = TestExchanges.chatExchange(model);
        exchange.upstreamCompleted(200, "answer", new Usage(prompt, completion, false));
        assertFalse(factory.create().apply(exchange).refused());
        return exchange.cost().orElseThrow();
    }

    static void assertCost(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void isTheSettlementFamilyPluginPricing() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        assertEquals("pricing", factory.id());
        assertEquals(StageFamily.SETTLEMENT, factory.family());
    }

    @Test
    void gpt4oMiniCostsItsListPricePerToken() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(PluginConfig.EMPTY);

        // 0.15 USD per 1M input tokens, 0.60 USD per 1M output tokens
        assertCost("0.00045", settle(factory, "gpt-4o-mini", 1000, 500));
        assertCost(new BigDecimal("0.00000015").multiply(BigDecimal.valueOf(123_456))
                .add(new BigDecimal("0.0000006").multiply(BigDecimal.valueOf(7_890))).toPlainString(),
                settle(factory, "gpt-4o-mini", 123_456, 7_890));
        assertCost("0.00000075", settle(factory, "gpt-4o-mini", 1, 1));
    }

    @Test
    void defaultsApplyWithoutInit() {
        assertCost("0.00045", settle(new PricingSettlementStageFactory(), "gpt-4o-mini", 1000, 500));
    }

    @Test
    void datedModelIdFallsBackToItsBaseModelPrice() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(PluginConfig.EMPTY);

        assertCost("0.00045", settle(factory, "gpt-4o-mini-2024-07-18", 1000, 500));
        assertCost("0.0075", settle(factory, "gpt-4o-2024-08-06", 1000, 500));
    }

    @Test
    void overrideReplacesTheDefaultPrice() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(config(Map.of("overrides", "gpt-4o-mini=1/2")));

        assertCost("0.002", settle(factory, "gpt-4o-mini", 1000, 500));
        assertCost("0.0075", settle(factory, "gpt-4o", 1000, 500)); // other defaults stay
    }

    @Test
    void severalOverridesWithSpacesAreAccepted() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(config(Map.of("overrides", " gpt-4o-mini = 1 / 2 , local-llama=0.5/0.5 ")));

        assertCost("0.002", settle(factory, "gpt-4o-mini", 1000, 500));
        assertCost("0.00075", settle(factory, "local-llama", 1000, 500));
    }

    @Test
    void unknownModelIsPricedWithTheUnknownPrice() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(config(Map.of("unknown", "3/4")));

        assertCost("0.005", settle(factory, "mystery-model", 1000, 500));
    }

    @Test
    void unknownModelIsFreeByDefault() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(PluginConfig.EMPTY);

        assertCost("0", settle(factory, "mystery-model", 1000, 500));
    }

    @Test
    void exchangeWithoutUsageIsNotSettled() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        factory.init(PluginConfig.EMPTY);
        ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");

        factory.create().apply(exchange);

        assertTrue(exchange.cost().isEmpty());
    }

    @Test
    void malformedOverridesFailInit() {
        for (String bad : new String[]{"gpt-4o-mini", "=1/2", "gpt-4o-mini=1", "gpt-4o-mini=1/2/3",
                "gpt-4o-mini=a/b", "gpt-4o-mini=-1/2"}) {
            PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
            assertThrows(IllegalArgumentException.class, () -> factory.init(config(Map.of("overrides", bad))), bad);
        }
    }

    @Test
    void malformedUnknownPriceFailsInit() {
        PricingSettlementStageFactory factory = new PricingSettlementStageFactory();
        assertThrows(IllegalArgumentException.class, () -> factory.init(config(Map.of("unknown", "free"))));
    }
}

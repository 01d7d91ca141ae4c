package io.taskgate.core.domain.model.usage;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PricingTableTest {

    @Test
    void defaultPriceOfGpt4oMiniIsItsListPrice() {
        assertEquals(ModelPrice.of("0.15", "0.60"), PricingTable.defaults().priceOf("gpt-4o-mini"));
    }

    @Test
    void datedModelFallsBackToBaseButExactDatedOverrideWins() {
        ModelPrice dated = ModelPrice.of("9", "9");
        PricingTable table = new PricingTable(Map.of("gpt-4o-2024-05-13", dated), ModelPrice.FREE);

        assertSame(dated, table.priceOf("gpt-4o-2024-05-13"));
        assertEquals(ModelPrice.of("2.50", "10.00"), table.priceOf("gpt-4o-2024-08-06"));
    }

    @Test
    void unknownOrMissingModelGetsTheFallback() {
        ModelPrice fallback = ModelPrice.of("1", "1");
        PricingTable table = new PricingTable(Map.of(), fallback);

        assertSame(fallback, table.priceOf("mystery"));
        assertSame(fallback, table.priceOf(null));
        assertSame(fallback, table.priceOf("gpt-4o-mini-preview"));
    }

    @Test
    void costIsPricePerMillionTokensRoundedToEightDecimals() {
        ModelPrice price = ModelPrice.of("0.15", "0.60");

        assertEquals(new BigDecimal("0.00045000"), price.cost(1000, 500));
        assertEquals(new BigDecimal("0.00000000"), price.cost(0, 0));
        assertEquals(new BigDecimal("0.15000000"), price.cost(1_000_000, 0));
    }

    @Test
    void negativePricesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ModelPrice.of("-0.1", "1"));
    }
}

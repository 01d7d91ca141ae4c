package io.taskgate.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyTest {

    @Test
    void zeroInAnyScaleIsNoughtDollars() {
        assertEquals("$0.00", Money.format(new BigDecimal("0E-8")));
        assertEquals("$0.00", Money.format("0.00000000"));
        assertEquals("$0.00", Money.format(null));
    }

    @Test
    void lessThanACentShowsTwoSignificantDigits() {
        assertEquals("$0.00052", Money.format(new BigDecimal("0.00051866")));
        assertEquals("$0.0005", Money.format("0.0005"));
    }

    @Test
    void aCentAndMoreIsCentsWithGrouping() {
        assertEquals("$0.01", Money.format("0.0100001"));
        assertEquals("$1,234.57", Money.format("1234.5678"));
        assertEquals("-$2.50", Money.format("-2.5"));
    }
}

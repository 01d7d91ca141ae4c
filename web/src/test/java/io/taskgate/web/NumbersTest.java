package io.taskgate.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {

    @Test
    void countsHaveThousandsSeparatorsAndScoresOneDecimal() {
        assertEquals("1,234,567", Numbers.format(1234567L));
        assertEquals("0", Numbers.format(null));
        assertEquals("12", Numbers.format("12"));
        assertEquals("1.9", new Numbers().decimal(new java.math.BigDecimal("1.934")));
        assertEquals("2.0", new Numbers().decimal(2));
        assertEquals("1.00", new Numbers().hundredths(1.0));
    }
}

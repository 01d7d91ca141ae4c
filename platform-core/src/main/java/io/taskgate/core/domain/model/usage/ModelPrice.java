package io.taskgate.core.domain.model.usage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** USD per one million input and output tokens of one model. */
public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {

    public static final ModelPrice FREE = new ModelPrice(BigDecimal.ZERO, BigDecimal.ZERO);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public ModelPrice {
        if (inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new IllegalArgumentException("Prices cannot be negative");
        }
    }

    public static ModelPrice of(String input, String output) {
        return new ModelPrice(new BigDecimal(input), new BigDecimal(output));
    }

    public BigDecimal cost(long promptTokens, long completionTokens) {
        BigDecimal total = inputPerMillion.multiply(BigDecimal.valueOf(promptTokens))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(completionTokens)));
        return total.divide(MILLION, MathContext.DECIMAL64).setScale(8, RoundingMode.HALF_UP);
    }
}

package io.taskgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * US dollars as a person reads them: {@code $1,234.56} from a cent up, two significant digits below a cent
 * ({@code $0.00052}), {@code $0.00} for nothing; never {@code 0E-8} or eight decimals. In pages:
 * {@code #{money.usd(value)}}.
 */
@Named("money")
@ApplicationScoped
public class Money {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    public String usd(Object value) {
        return format(value);
    }

    public static String format(Object value) {
        BigDecimal amount = amount(value);
        if (amount.signum() == 0) {
            return "$0.00";
        }
        String sign = amount.signum() < 0 ? "-" : "";
        BigDecimal abs = amount.abs();
        if (abs.compareTo(CENT) >= 0) {
            DecimalFormat cents = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
            cents.setRoundingMode(RoundingMode.HALF_UP);
            return sign + "$" + cents.format(abs);
        }
        return sign + "$" + abs.round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value instanceof BigDecimal b) {
            return b;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}

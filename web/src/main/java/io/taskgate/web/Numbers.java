package io.taskgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as a person reads them: {@code 12,345}. In pages: {@code #{numbers.count(value)}}. */
@Named("numbers")
@ApplicationScoped
public class Numbers {

    public String count(Object value) {
        return format(value);
    }

    /** A score with one decimal, as the misuse policy compares scores: {@code 1.9}. */
    public String decimal(Object value) {
        return ScoreChart.decimal(ScoreChart.number(value), 1);
    }

    /** A confidence or weight with two decimals: {@code 0.93}. */
    public String hundredths(Object value) {
        return ScoreChart.decimal(ScoreChart.number(value), 2);
    }

    public static String format(Object value) {
        long count = value instanceof Number n ? n.longValue() : value == null ? 0 : parse(value.toString());
        return NumberFormat.getIntegerInstance(Locale.US).format(count);
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

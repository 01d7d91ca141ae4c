package io.taskgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Moments as a person reads them: {@code 25 Dec 2026, 05:18 UTC}, never the API's {@code 2026-12-25T05:18:26.369093Z}.
 * In pages: {@code #{moments.utc(value)}}; an empty value reads as {@code never}.
 */
@Named("moments")
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String utc(Object value) {
        return format(value);
    }

    public static String format(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "never";
        }
        try {
            return UTC.format(Instant.parse(value.toString().strip()));
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }
}

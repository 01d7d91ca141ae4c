package io.taskgate.core.application.admin;

import io.taskgate.api.pipeline.Endpoint;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks of admin input, each failing with a message that says what is expected. */
public final class Inputs {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> ENDPOINTS = Arrays.stream(Endpoint.values()).map(Endpoint::claimName)
            .collect(Collectors.toSet());

    private Inputs() {
    }

    public static String id(String value, String what) {
        if (value == null || !ID.matcher(value).matches()) {
            throw AdminProblem.invalid(what + " must be 1-64 lower-case letters, digits, '.', '-' or '_', "
                    + "starting with a letter or digit.");
        }
        return value;
    }

    public static String username(String value) {
        String v = value == null ? null : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v == null || !USERNAME.matcher(v).matches()) {
            throw AdminProblem.invalid("username must be 1-64 characters: lower-case letters, digits, '.', '-', '_' or '@'.");
        }
        return v;
    }

    public static String email(String value) {
        String v = value == null ? null : value.strip();
        if (v == null || v.length() > 254 || !EMAIL.matcher(v).matches()) {
            throw AdminProblem.invalid("email must be an address like name@example.com.");
        }
        return v;
    }

    public static String text(String value, String what, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw AdminProblem.invalid(what + " is required.");
            }
            return value;
        }
        if (value.length() > max) {
            throw AdminProblem.invalid(what + " must be at most " + max + " characters.");
        }
        return value.strip();
    }

    /** Most example requests a task keeps, and the longest one. */
    public static final int MAX_EXAMPLES = 20;
    public static final int MAX_EXAMPLE_CHARS = 1000;

    /**
     * A task's example requests: at most {@value #MAX_EXAMPLES}, each 1 to {@value #MAX_EXAMPLE_CHARS} characters
     * after trimming, without control characters other than line breaks and tabs; blank entries are dropped.
     */
    public static List<String> examples(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new java.util.ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip();
            if (v.length() > MAX_EXAMPLE_CHARS) {
                throw AdminProblem.invalid("Each example request must be at most " + MAX_EXAMPLE_CHARS + " characters.");
            }
            if (v.chars().anyMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                    || c == io.taskgate.core.domain.model.task.Task.EXAMPLE_SEPARATOR.charAt(0))) {
                throw AdminProblem.invalid("An example request may not contain control characters.");
            }
            kept.add(v);
        }
        if (kept.size() > MAX_EXAMPLES) {
            throw AdminProblem.invalid("A task keeps at most " + MAX_EXAMPLES + " example requests.");
        }
        return List.copyOf(kept);
    }

    public static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException | NullPointerException e) {
            throw AdminProblem.invalid("timeZone must be an IANA zone such as Europe/Berlin or UTC.");
        }
    }

    public static Instant instant(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw AdminProblem.invalid(what + " must be an ISO-8601 instant such as 2026-12-31T23:59:59Z.");
        }
    }

    public static Set<String> endpoints(Set<String> values) {
        if (values != null && !ENDPOINTS.containsAll(values)) {
            throw AdminProblem.invalid("endpoints must be some of " + ENDPOINTS.stream().sorted().toList() + ".");
        }
        return values;
    }

    public static Set<String> names(Set<String> values, String what) {
        if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank() || v.length() > 200)) {
            throw AdminProblem.invalid(what + " must be non-empty names of at most 200 characters.");
        }
        return values;
    }
}

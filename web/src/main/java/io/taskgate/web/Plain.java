package io.taskgate.web;

import jakarta.json.Json;

import java.util.Collection;
import java.util.List;

/** Plain JSON text for the request bodies the console sends the core: string literals and arrays of strings. */
public final class Plain {

    private Plain() {
    }

    /** A JSON string literal (quoted and escaped) for building request bodies. */
    public static String quote(String text) {
        return Json.createValue(text == null ? "" : text).toString();
    }

    /** A JSON array of strings. */
    public static String array(Collection<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items == null ? List.<String>of() : items) {
            out.append(out.length() > 1 ? "," : "").append(quote(item));
        }
        return out.append(']').toString();
    }

    /** Splits "a, b c" into trimmed, non-empty items. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.trim().split("[,\\s]+"));
    }
}

package io.taskgate.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON from the core as plain maps, lists, strings, numbers and booleans, which Faces EL renders as they are. */
public final class Plain {

    private Plain() {
    }

    public static Object of(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case OBJECT -> map(value.asJsonObject());
            case ARRAY -> list(value.asJsonArray());
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    public static Map<String, Object> map(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((k, v) -> map.put(k, of(v)));
        return map;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(JsonValue array) {
        List<Map<String, Object>> maps = new ArrayList<>();
        array.asJsonArray().forEach(v -> maps.add((Map<String, Object>) of(v)));
        return maps;
    }

    public static List<Object> list(JsonArray array) {
        List<Object> list = new ArrayList<>();
        array.forEach(v -> list.add(of(v)));
        return list;
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

    public static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}

package io.taskgate.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.List;

/** Binds the core's admin API answers to the records the core writes them from ({@code io.taskgate.api.admin}), with JSON-B. */
final class AdminJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private AdminJson() {
    }

    static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> readList(String json, Class<T> element) {
        T[] items = (T[]) JSONB.fromJson(json, Array.newInstance(element, 0).getClass());
        return items == null ? List.of() : Arrays.asList(items);
    }
}

package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.LinkedHashMap;

/**
 * Requests per intent label on one task, most frequent label first; requests without a label count as "unknown".
 * The labels are a {@code LinkedHashMap} because their order is part of the answer (JSON-B binds a plain
 * {@code Map} as a {@code HashMap}, which would lose it).
 */
public record IntentMix(String task, long requests, LinkedHashMap<String, Long> labels) implements Serializable {
}

package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.Map;

/** Requests per intent label on one task, most frequent label first; requests without a label count as "unknown". */
public record IntentMix(String task, long requests, Map<String, Long> labels) implements Serializable {
}

package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.IntentMix;
import io.taskgate.core.domain.model.usage.UsageHistory.IntentCount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Intent counts as one {@link IntentMix} per task (tasks by name), most frequent label first. */
public final class IntentMixes {

    private IntentMixes() {
    }

    public static List<IntentMix> of(List<IntentCount> counts) {
        Map<String, Map<String, Long>> byTask = new TreeMap<>();
        for (IntentCount c : counts) {
            String task = c.task() == null ? "(none)" : c.task();
            String intent = c.intent() == null || c.intent().isBlank() ? "unknown" : c.intent();
            byTask.computeIfAbsent(task, t -> new TreeMap<>()).merge(intent, c.requests(), Long::sum);
        }
        return byTask.entrySet().stream().map(e -> {
            LinkedHashMap<String, Long> sorted = new LinkedHashMap<>();
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(l -> sorted.put(l.getKey(), l.getValue()));
            return new IntentMix(e.getKey(), sorted.values().stream().mapToLong(Long::longValue).sum(), sorted);
        }).toList();
    }
}

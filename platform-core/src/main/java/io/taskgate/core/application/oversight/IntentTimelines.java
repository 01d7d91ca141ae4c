package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.IntentTimeline;
import io.taskgate.core.domain.model.usage.UsageHistory.IntentFact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Intent facts as an {@link IntentTimeline}: per task (by name), requests per day stacked by intent label. */
public final class IntentTimelines {

    private IntentTimelines() {
    }

    public static IntentTimeline of(List<IntentFact> facts, ZoneId zone, LocalDate firstDay, int days) {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            dates.add(firstDay.plusDays(i).toString());
        }
        Map<String, TreeMap<String, long[]>> byTask = new TreeMap<>();
        for (IntentFact f : facts) {
            long index = f.at().atZone(zone).toLocalDate().toEpochDay() - firstDay.toEpochDay();
            if (index < 0 || index >= days) {
                continue;
            }
            String task = f.task() == null ? "(none)" : f.task();
            String label = f.intent() == null || f.intent().isBlank() ? "unknown" : f.intent();
            byTask.computeIfAbsent(task, t -> new TreeMap<>()).computeIfAbsent(label, l -> new long[days])[(int) index]++;
        }
        return new IntentTimeline(dates, byTask.entrySet().stream()
                .map(e -> new IntentTimeline.TaskSeries(e.getKey(), e.getValue())).toList());
    }

    /** The first day of a timeline of {@code days} days ending today (tenant's time zone). */
    public static LocalDate firstDay(Instant now, ZoneId zone, int days) {
        return now.atZone(zone).toLocalDate().minusDays(days - 1L);
    }
}

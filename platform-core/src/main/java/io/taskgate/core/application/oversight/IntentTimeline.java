package io.taskgate.core.application.oversight;

import io.taskgate.core.domain.model.usage.UsageHistory.IntentFact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Intent mix per task over time: for each task, requests per day (tenant's time zone) stacked by intent label.
 *
 * @param days  the days, oldest first
 * @param tasks one entry per task with requests in those days
 */
public record IntentTimeline(List<LocalDate> days, List<TaskSeries> tasks) {

    /** One task's requests per label and day ({@code perDay} aligned with the timeline's days). */
    public record TaskSeries(String task, Map<String, long[]> labels) {
    }

    public static IntentTimeline of(List<IntentFact> facts, ZoneId zone, LocalDate firstDay, int days) {
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            dates.add(firstDay.plusDays(i));
        }
        Map<String, Map<String, long[]>> byTask = new TreeMap<>();
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
                .map(e -> new TaskSeries(e.getKey(), e.getValue())).toList());
    }

    /** The first day of a timeline of {@code days} days ending today (tenant's time zone). */
    public static LocalDate firstDay(Instant now, ZoneId zone, int days) {
        return now.atZone(zone).toLocalDate().minusDays(days - 1L);
    }
}

package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;
import java.util.SortedMap;

/**
 * Intent mix per task over time: for each task, requests per day (tenant's time zone) stacked by intent label.
 *
 * @param days  the days ({@code 2026-12-05}), oldest first
 * @param tasks one entry per task with requests in those days
 */
public record IntentTimeline(List<String> days, List<TaskSeries> tasks) implements Serializable {

    /** One task's requests per label (in label order) and day (each label's counts aligned with the timeline's days). */
    public record TaskSeries(String task, SortedMap<String, long[]> labels) implements Serializable {
    }
}

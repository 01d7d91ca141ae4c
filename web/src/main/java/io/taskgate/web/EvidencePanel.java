package io.taskgate.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's evidence as the core answers {@code GET .../members/{u}/evidence}, with the charts built from it: the
 * score over time, the intent mix per task and the requests per hour against the member's own baseline.
 */
public final class MemberEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> outlook;
    private final List<Map<String, Object>> signals;
    private final List<Map<String, Object>> decisions;
    private final List<Map<String, Object>> intentMix;
    private final Map<String, Object> activity;
    private final ScoreChart scoreChart;

    @SuppressWarnings("unchecked")
    public MemberEvidence(Map<String, Object> body) {
        outlook = (Map<String, Object>) body.get("outlook");
        signals = list(body.get("signals"));
        decisions = list(body.get("decisions"));
        intentMix = list(body.get("intentMix"));
        activity = (Map<String, Object>) body.get("activity");
        scoreChart = ScoreChart.of(list(body.get("scoreHistory")), signals, ScoreChart.number(outlook.get("threshold")),
                Instant.parse(String.valueOf(body.get("until"))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** Stacked horizontal bars: one bar per task, one colour per intent label. */
    @SuppressWarnings("unchecked")
    public String getIntentChart() {
        List<String> tasks = intentMix.stream().map(m -> (String) m.get("task")).toList();
        Map<String, List<Number>> series = new LinkedHashMap<>();
        for (int t = 0; t < intentMix.size(); t++) {
            Map<String, Object> labels = (Map<String, Object>) intentMix.get(t).get("labels");
            for (Map.Entry<String, Object> label : labels.entrySet()) {
                List<Number> counts = series.computeIfAbsent(label.getKey(), k -> zeros(tasks.size()));
                counts.set(t, (Number) label.getValue());
            }
        }
        return ChartJson.bars(tasks, series, true, true);
    }

    /** Requests per clock hour (UTC) as bars, the member's own hourly baseline as a line. */
    @SuppressWarnings("unchecked")
    public String getActivityChart() {
        List<Map<String, Object>> hours = (List<Map<String, Object>>) activity.get("hours");
        List<String> labels = hours.stream().map(h -> String.valueOf(h.get("start")).substring(11, 16)).toList();
        List<Number> requests = hours.stream().map(h -> (Number) h.get("requests")).toList();
        Number baseline = (Number) activity.get("baselineRequestsPerHour");
        return ChartJson.barsWithLine(labels, "Requests", requests, "Own baseline (average per hour, the week before)",
                baseline == null ? BigDecimal.ZERO : baseline);
    }

    /** Requests in the current hour, as the activity's last bar shows. */
    @SuppressWarnings("unchecked")
    public long getRequestsThisHour() {
        List<Map<String, Object>> hours = (List<Map<String, Object>>) activity.get("hours");
        return hours.isEmpty() ? 0 : Plain.number(hours.get(hours.size() - 1).get("requests"));
    }

    public String getBaseline() {
        return ScoreChart.decimal(ScoreChart.number(activity.get("baselineRequestsPerHour")), 1);
    }

    /** The intent mix as a sentence per task, for reading without the chart: "acme-docs: doc 7, off_topic 2". */
    @SuppressWarnings("unchecked")
    public List<String> getIntentLines() {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> mix : intentMix) {
            java.util.StringJoiner labels = new java.util.StringJoiner(", ", mix.get("task") + ": ", "");
            ((Map<String, Object>) mix.get("labels")).forEach((label, count) -> labels.add(label + " " + count));
            lines.add(labels.toString());
        }
        return lines;
    }

    private static List<Number> zeros(int size) {
        List<Number> zeros = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            zeros.add(0);
        }
        return zeros;
    }

    public ScoreChart scoreChart() { return scoreChart; }
    public String getScoreChart() { return scoreChart.json(); }
    public Map<String, Object> getOutlook() { return outlook; }
    public List<Map<String, Object>> getSignals() { return signals; }
    public List<Map<String, Object>> getDecisions() { return decisions; }
    public List<Map<String, Object>> getIntentMix() { return intentMix; }
    public boolean isFlagged() { return outlook.get("flaggedAt") != null; }
}

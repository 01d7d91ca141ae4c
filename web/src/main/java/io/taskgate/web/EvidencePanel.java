package io.taskgate.web;

import io.taskgate.api.admin.DecisionView;
import io.taskgate.api.admin.HourlyActivity;
import io.taskgate.api.admin.IntentMix;
import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.api.admin.Outlook;
import io.taskgate.api.admin.SignalView;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A member's evidence as the core answers {@code GET .../members/{u}/evidence}, with the charts built from it: the
 * score over time, the intent mix per task and the requests per hour against the member's own baseline.
 */
public final class EvidencePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final MemberEvidence evidence;
    private final ScoreChart scoreChart;

    public EvidencePanel(MemberEvidence evidence) {
        this.evidence = evidence;
        scoreChart = ScoreChart.of(list(evidence.scoreHistory()), signalsOf(evidence), evidence.outlook().threshold(),
                Instant.parse(evidence.until()));
    }

    private static List<SignalView> signalsOf(MemberEvidence evidence) {
        return list(evidence.signals());
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }

    /** Stacked horizontal bars: one bar per task, one colour per intent label. */
    public String getIntentChart() {
        List<IntentMix> mix = getIntentMix();
        List<String> tasks = mix.stream().map(IntentMix::task).toList();
        Map<String, List<Number>> series = new LinkedHashMap<>();
        for (int t = 0; t < mix.size(); t++) {
            for (Map.Entry<String, Long> label : mix.get(t).labels().entrySet()) {
                List<Number> counts = series.computeIfAbsent(label.getKey(), k -> zeros(tasks.size()));
                counts.set(t, label.getValue());
            }
        }
        return ChartJson.bars(tasks, series, true, true);
    }

    /** Requests per clock hour (UTC) as bars, the member's own hourly baseline as a line. */
    public String getActivityChart() {
        List<HourlyActivity.Hour> hours = hours();
        List<String> labels = hours.stream().map(h -> h.start().substring(11, 16)).toList();
        List<Number> requests = hours.stream().map(h -> (Number) h.requests()).toList();
        return ChartJson.barsWithLine(labels, "Requests", requests, "Own baseline (average per hour, the week before)",
                evidence.activity().baselineRequestsPerHour());
    }

    /** Requests in the current hour, as the activity's last bar shows. */
    public long getRequestsThisHour() {
        List<HourlyActivity.Hour> hours = hours();
        return hours.isEmpty() ? 0 : hours.get(hours.size() - 1).requests();
    }

    public String getBaseline() {
        return ScoreChart.decimal(evidence.activity().baselineRequestsPerHour(), 1);
    }

    /** The intent mix as a sentence per task, for reading without the chart: "acme-docs: doc 7, off_topic 2". */
    public List<String> getIntentLines() {
        List<String> lines = new ArrayList<>();
        for (IntentMix mix : getIntentMix()) {
            StringJoiner labels = new StringJoiner(", ", mix.task() + ": ", "");
            mix.labels().forEach((label, count) -> labels.add(label + " " + count));
            lines.add(labels.toString());
        }
        return lines;
    }

    private List<HourlyActivity.Hour> hours() {
        return list(evidence.activity().hours());
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
    public Outlook getOutlook() { return evidence.outlook(); }
    public List<SignalView> getSignals() { return signalsOf(evidence); }
    public List<DecisionView> getDecisions() { return list(evidence.decisions()); }
    public List<IntentMix> getIntentMix() { return list(evidence.intentMix()); }
    public boolean isFlagged() { return evidence.outlook().flaggedAt() != null; }
}

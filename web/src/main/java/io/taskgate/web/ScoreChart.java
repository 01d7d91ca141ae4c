package io.taskgate.web;

import io.taskgate.api.admin.ScorePoint;
import io.taskgate.api.admin.SignalView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member's deviation score over time as a Chart.js scatter chart: the score as a line, the tenant's threshold as a
 * dashed line, and each signal as a point (one dataset per detector; triangles are major, circles slight) that opens
 * its evidence. The x axis is hours before now (the extender {@code taskgateScoreChart} in console.js words it).
 */
public final class ScoreChart implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] DETECTOR_COLOURS = {"#e65100", "#6a1b9a", "#00838f", "#2e7d32", "#ad1457", "#4e342e"};

    private final String json;
    /** Per signal dataset (from index 2 on), the signals' indexes in the evidence's list. */
    private final List<List<Integer>> signalIndexes;

    private ScoreChart(String json, List<List<Integer>> signalIndexes) {
        this.json = json;
        this.signalIndexes = signalIndexes;
    }

    /**
     * @param history   the core's {@code scoreHistory}
     * @param signals   the core's {@code signals}
     * @param threshold the tenant's threshold
     */
    public static ScoreChart of(List<ScorePoint> history, List<SignalView> signals, double threshold, Instant now) {
        JsonArrayBuilder line = Json.createArrayBuilder();
        double earliest = 0;
        for (ScorePoint p : history) {
            double x = hoursBefore(now, p.at());
            earliest = Math.min(earliest, x);
            line.add(point(x, p.score()));
        }
        Map<String, JsonArrayBuilder> byDetector = new LinkedHashMap<>();
        Map<String, JsonArrayBuilder> styles = new LinkedHashMap<>();
        Map<String, List<Integer>> indexes = new LinkedHashMap<>();
        for (int i = 0; i < signals.size(); i++) {
            SignalView s = signals.get(i);
            String detector = String.valueOf(s.source());
            double x = hoursBefore(now, s.at());
            earliest = Math.min(earliest, x);
            byDetector.computeIfAbsent(detector, d -> Json.createArrayBuilder())
                    .add(point(x, s.scoreAfter()).add("text", text(s)));
            styles.computeIfAbsent(detector, d -> Json.createArrayBuilder())
                    .add("MAJOR".equals(s.severity()) ? "triangle" : "circle");
            indexes.computeIfAbsent(detector, d -> new ArrayList<>()).add(i);
        }
        double left = -Math.max(0.5, Math.ceil(-earliest * 1.1 * 2) / 2); // a margin, in half hours
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "line").add("label", "Deviation score").add("data", line)
                        .add("borderColor", "#1e3a5f").add("backgroundColor", "#1e3a5f").add("pointRadius", 0)
                        .add("borderWidth", 2).add("showLine", true).add("fill", false).add("order", 3))
                .add(Json.createObjectBuilder().add("type", "line").add("label", "Threshold " + decimal(threshold, 1))
                        .add("data", Json.createArrayBuilder().add(point(left, threshold)).add(point(0, threshold)))
                        .add("borderColor", "#c62828").add("backgroundColor", "#c62828")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0)
                        .add("showLine", true).add("fill", false).add("order", 2));
        int colour = 0;
        for (Map.Entry<String, JsonArrayBuilder> d : byDetector.entrySet()) {
            String c = DETECTOR_COLOURS[colour++ % DETECTOR_COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("type", "scatter").add("label", "Signal: " + d.getKey())
                    .add("data", d.getValue()).add("pointStyle", styles.get(d.getKey())).add("pointRadius", 8)
                    .add("pointHoverRadius", 10).add("borderColor", c).add("backgroundColor", c).add("order", 1));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("type", "linear").add("min", left).add("max", 0)
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "hours before now")))
                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("suggestedMax", threshold * 1.25)
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "deviation score")));
        String json = Json.createObjectBuilder().add("type", "scatter")
                .add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", scales)).build().toString();
        return new ScoreChart(json, new ArrayList<>(indexes.values()));
    }

    /** The index of the signal a click on a point picked, or -1 (the score or threshold line). */
    public int signalAt(int dataset, int item) {
        int d = dataset - 2;
        if (d < 0 || d >= signalIndexes.size() || item < 0 || item >= signalIndexes.get(d).size()) {
            return -1;
        }
        return signalIndexes.get(d).get(item);
    }

    public String json() {
        return json;
    }

    private static JsonObjectBuilder point(double x, double y) {
        return Json.createObjectBuilder().add("x", BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_UP))
                .add("y", BigDecimal.valueOf(y).setScale(3, RoundingMode.HALF_UP));
    }

    private static String text(SignalView s) {
        return s.source() + ": " + s.severity() + (s.label() == null ? "" : " " + s.label())
                + " · score " + decimal(s.scoreAfter(), 2);
    }

    static double hoursBefore(Instant now, String at) {
        Instant when = Instant.parse(at);
        return -Duration.between(when, now).toMillis() / 3_600_000.0;
    }

    static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : value == null ? 0 : Double.parseDouble(value.toString());
    }

    static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}

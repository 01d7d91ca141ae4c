package io.taskgate.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Chart.js configurations for {@code <p:chart value="...">}. */
public final class ChartJson {

    private static final String[] COLOURS = {"#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#e53935", "#00897b",
            "#6d4c41", "#3949ab", "#c0ca33", "#546e7a"};

    private ChartJson() {
    }

    /** A bar chart; {@code series} maps a dataset label to its values (one per label); stacked when asked. */
    public static String bars(List<String> labels, Map<String, List<Number>> series, boolean stacked, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, List<Number>> s : series.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.getValue().forEach(v -> data.add(v instanceof BigDecimal d ? d : BigDecimal.valueOf(v.doubleValue())));
            datasets.add(Json.createObjectBuilder().add("label", s.getKey()).add("data", data)
                    .add("backgroundColor", COLOURS[i++ % COLOURS.length]));
        }
        // counts have no fractions on their axis (charts of money set their own ticks: taskgateMoneyChart)
        JsonObjectBuilder counts = Json.createObjectBuilder().add("precision", 0);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", horizontal ? Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true).add("ticks", counts)
                        : Json.createObjectBuilder().add("stacked", stacked))
                .add("y", horizontal ? Json.createObjectBuilder().add("stacked", stacked)
                        : Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true).add("ticks", counts));
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("scales", scales);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /** A doughnut of one value per label. */
    public static String doughnut(List<String> labels, List<Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v instanceof BigDecimal d ? d : BigDecimal.valueOf(v.doubleValue())));
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", data)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)).build().toString();
    }

    /** Bars of one series with a constant line across them (e.g. requests per hour and the member's own baseline). */
    public static String barsWithLine(List<String> labels, String barLabel, List<Number> bars, String lineLabel, Number line) {
        JsonArrayBuilder barData = Json.createArrayBuilder();
        bars.forEach(v -> barData.add(v instanceof BigDecimal d ? d : BigDecimal.valueOf(v.doubleValue())));
        JsonArrayBuilder lineData = Json.createArrayBuilder();
        BigDecimal level = line instanceof BigDecimal d ? d : BigDecimal.valueOf(line.doubleValue());
        labels.forEach(l -> lineData.add(level));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "line").add("label", lineLabel).add("data", lineData)
                        .add("borderColor", "#c62828").add("backgroundColor", "#c62828").add("pointRadius", 0)
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("fill", false))
                .add(Json.createObjectBuilder().add("type", "bar").add("label", barLabel).add("data", barData)
                        .add("backgroundColor", COLOURS[0]));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)))).build().toString();
    }
}

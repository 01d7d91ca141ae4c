package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An owner's tenant dashboard: tokens and cost per period, daily tokens by member, cost by member, usage by task. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private Map<String, Object> dashboard = Map.of();
    private List<Map<String, Object>> byTask = List.of();
    private List<Map<String, Object>> topMembers = List.of();
    private String problem;
    private Map<String, Object> oversight = Map.of();

    @PostConstruct
    @SuppressWarnings("unchecked")
    void load() {
        tenant = console.getTenant();
        if (tenant == null) {
            problem = "You manage no tenant.";
            return;
        }
        try {
            dashboard = Plain.map(core.get("/api/tenant-dashboards/" + CoreApi.enc(tenant) + "?days=14").asJsonObject());
            byTask = (List<Map<String, Object>>) Plain.map(core.get("/api/tenants/" + CoreApi.enc(tenant)
                    + "/usage?groupBy=task").asJsonObject()).get("rows");
            List<Map<String, Object>> top = new ArrayList<>();
            ((Map<String, Object>) dashboard.get("members")).forEach((member, periods) -> {
                Map<String, Object> row = new LinkedHashMap<>(((Map<String, Map<String, Object>>) periods).get("month"));
                row.put("member", member);
                top.add(row);
            });
            top.sort(Comparator.comparingLong((Map<String, Object> r) -> Plain.number(r.get("tokens"))).reversed());
            topMembers = top;
            oversight = Plain.map(core.get("/api/tenant-dashboards/" + CoreApi.enc(tenant) + "/oversight?days=14")
                    .asJsonObject());
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    public Object figure(String period, String name) {
        Map<String, Object> totals = (Map<String, Object>) dashboard.get(period);
        return totals == null ? 0 : totals.get(name);
    }

    @SuppressWarnings("unchecked")
    public String getDailyChart() {
        Map<String, Object> daily = (Map<String, Object>) dashboard.get("daily");
        Map<String, List<Number>> series = new LinkedHashMap<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) daily.get("series")) {
            series.put((String) s.get("member"), (List<Number>) (List<?>) s.get("tokens"));
        }
        return ChartJson.bars((List<String>) (List<?>) daily.get("days"), series, true, false);
    }

    public String getCostChart() {
        return ChartJson.doughnut(topMembers.stream().map(r -> (String) r.get("member")).toList(),
                topMembers.stream().map(r -> (Number) new BigDecimal(String.valueOf(r.get("costUsd")))).toList());
    }

    public String getTaskChart() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Prompt tokens", byTask.stream().map(r -> (Number) r.get("promptTokens")).toList());
        series.put("Completion tokens", byTask.stream().map(r -> (Number) r.get("completionTokens")).toList());
        return ChartJson.bars(byTask.stream().map(r -> (String) r.get("key")).toList(), series, true, true);
    }

    /** Cost per task over the usage report's span (30 days), money as bars. */
    public String getCostByTaskChart() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Cost (USD)", byTask.stream().map(r -> (Number) new BigDecimal(String.valueOf(r.get("costUsd")))).toList());
        return ChartJson.bars(byTask.stream().map(r -> (String) r.get("key")).toList(), series, false, true);
    }

    /** One chart per task: requests per day stacked by intent label. */
    @SuppressWarnings("unchecked")
    public List<IntentChart> getIntentCharts() {
        Map<String, Object> intents = (Map<String, Object>) oversight.get("intents");
        if (intents == null) {
            return List.of();
        }
        List<String> days = ((List<Object>) intents.get("days")).stream().map(d -> String.valueOf(d).substring(5)).toList();
        List<IntentChart> charts = new ArrayList<>();
        for (Map<String, Object> task : (List<Map<String, Object>>) intents.get("tasks")) {
            Map<String, List<Number>> series = new LinkedHashMap<>();
            ((Map<String, Object>) task.get("labels")).forEach((label, perDay) ->
                    series.put(label, (List<Number>) (List<?>) perDay));
            charts.add(new IntentChart((String) task.get("task"), ChartJson.bars(days, series, true, false)));
        }
        return charts;
    }

    /** A task's intent mix over the days, as a Chart.js configuration. */
    public record IntentChart(String task, String json) {
        public String getTask() { return task; }
        public String getJson() { return json; }
    }

    /** Members flagged, suspended, blocked or banned. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> getAttention() {
        Object attention = oversight.get("attention");
        return attention == null ? List.of() : (List<Map<String, Object>>) attention;
    }

    /** Refused requests per reason over 14 days, most frequent first. */
    @SuppressWarnings("unchecked")
    public List<Map.Entry<String, Object>> getRefusals() {
        Map<String, Object> refusals = (Map<String, Object>) oversight.getOrDefault("refusals", Map.of());
        return refusals.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Object> e) -> Plain.number(e.getValue())).reversed())
                .toList();
    }

    public String getRefusalChart() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Refused requests", getRefusals().stream().map(e -> (Number) e.getValue()).toList());
        return ChartJson.bars(getRefusals().stream().map(Map.Entry::getKey).toList(), series, false, true);
    }

    public boolean isLoaded() {
        return problem == null;
    }

    /** Members flagged by misuse detection and waiting in the review queue. */
    public Object getFlagged() {
        Object flagged = dashboard.get("flagged");
        return flagged == null ? 0 : flagged;
    }

    public String getTenant() {
        return tenant;
    }

    public List<Map<String, Object>> getTopMembers() {
        return topMembers;
    }

    public List<Map<String, Object>> getByTask() {
        return byTask;
    }

    public String getProblem() {
        return problem;
    }
}

package io.taskgate.web;

import io.taskgate.api.admin.DailyTokens;
import io.taskgate.api.admin.IntentTimeline;
import io.taskgate.api.admin.MemberStanding;
import io.taskgate.api.admin.MemberTokens;
import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.TenantDashboard;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.api.admin.UsageReportView;
import io.taskgate.api.admin.UsageRow;
import io.taskgate.api.admin.UsageTotals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
    private TenantDashboard dashboard;
    private List<UsageRow> byTask = List.of();
    private List<TopMember> topMembers = List.of();
    private String problem;
    private TenantOversight oversight;

    /** A member's usage this month, for the top members and the cost by member. */
    public record TopMember(String member, UsageTotals month) {
    }

    @PostConstruct
    void load() {
        tenant = console.getTenant();
        if (tenant == null) {
            problem = "You manage no tenant.";
            return;
        }
        try {
            String base = "/api/tenant-dashboards/" + CoreApi.enc(tenant);
            dashboard = core.get(base + "?days=14", TenantDashboard.class);
            UsageReportView report = core.get("/api/tenants/" + CoreApi.enc(tenant) + "/usage?groupBy=task",
                    UsageReportView.class);
            byTask = report.rows() == null ? List.of() : report.rows();
            List<TopMember> top = new ArrayList<>();
            (dashboard.members() == null ? Map.<String, PeriodTotals>of() : dashboard.members())
                    .forEach((member, periods) -> top.add(new TopMember(member, periods.month())));
            top.sort(Comparator.comparingLong((TopMember m) -> m.month().tokens()).reversed());
            topMembers = top;
            oversight = core.get(base + "/oversight?days=14", TenantOversight.class);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    /** One figure ({@code tokens}, {@code costUsd}, {@code requests}, {@code refused}) of today, week or month. */
    public Object figure(String period, String name) {
        UsageTotals totals = dashboard == null ? null : switch (period) {
            case "today" -> dashboard.today();
            case "week" -> dashboard.week();
            case "month" -> dashboard.month();
            default -> null;
        };
        if (totals == null) {
            return 0;
        }
        return switch (name) {
            case "tokens" -> totals.tokens();
            case "costUsd" -> totals.costUsd();
            case "requests" -> totals.requests();
            case "refused" -> totals.refused();
            default -> 0;
        };
    }

    public String getDailyChart() {
        DailyTokens daily = dashboard.daily();
        Map<String, List<Number>> series = new LinkedHashMap<>();
        for (MemberTokens s : daily.series()) {
            series.put(s.member(), numbers(s.tokens()));
        }
        return ChartJson.bars(daily.days(), series, true, false);
    }

    public String getCostChart() {
        return ChartJson.doughnut(topMembers.stream().map(TopMember::member).toList(),
                topMembers.stream().map(m -> usd(m.month().costUsd())).toList());
    }

    public String getTaskChart() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Prompt tokens", byTask.stream().map(r -> (Number) r.promptTokens()).toList());
        series.put("Completion tokens", byTask.stream().map(r -> (Number) r.completionTokens()).toList());
        return ChartJson.bars(byTask.stream().map(UsageRow::key).toList(), series, true, true);
    }

    /** Cost per task over the usage report's span (30 days), money as bars. */
    public String getCostByTaskChart() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Cost (USD)", byTask.stream().map(r -> usd(r.costUsd())).toList());
        return ChartJson.bars(byTask.stream().map(UsageRow::key).toList(), series, false, true);
    }

    /** One chart per task: requests per day stacked by intent label. */
    public List<IntentChart> getIntentCharts() {
        IntentTimeline intents = oversight == null ? null : oversight.intents();
        if (intents == null) {
            return List.of();
        }
        List<String> days = intents.days().stream().map(d -> d.substring(5)).toList();
        List<IntentChart> charts = new ArrayList<>();
        for (IntentTimeline.TaskSeries task : intents.tasks()) {
            Map<String, List<Number>> series = new LinkedHashMap<>();
            task.labels().forEach((label, perDay) -> series.put(label, numbers(perDay)));
            charts.add(new IntentChart(task.task(), ChartJson.bars(days, series, true, false)));
        }
        return charts;
    }

    private static Number usd(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static List<Number> numbers(long[] counts) {
        return counts == null ? List.of() : Arrays.stream(counts).mapToObj(c -> (Number) c).toList();
    }

    /** A task's intent mix over the days, as a Chart.js configuration. */
    public record IntentChart(String task, String json) {
        public String getTask() { return task; }
        public String getJson() { return json; }
    }

    /** Members flagged, suspended, blocked or banned. */
    public List<MemberStanding> getAttention() {
        return oversight == null || oversight.attention() == null ? List.of() : oversight.attention();
    }

    /** Refused requests per reason over 14 days, most frequent first. */
    public List<Map.Entry<String, Long>> getRefusals() {
        Map<String, Long> refusals = oversight == null || oversight.refusals() == null ? Map.of() : oversight.refusals();
        return refusals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
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
    public int getFlagged() {
        return dashboard == null ? 0 : dashboard.flagged();
    }

    public String getTenant() {
        return tenant;
    }

    public List<TopMember> getTopMembers() {
        return topMembers;
    }

    public List<UsageRow> getByTask() {
        return byTask;
    }

    public String getProblem() {
        return problem;
    }
}

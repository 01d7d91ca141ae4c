package io.taskgate.web;

import io.taskgate.api.admin.TaskQuotaView;
import io.taskgate.api.admin.TaskView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A tenant's tasks: create, edit (name, description, expected intents, the task's own quota shared by everyone
 * working on it), close and reopen.
 */
@Named
@ViewScoped
public class TasksPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<TaskView> tasks = List.of();
    private String problem;
    private boolean editing;
    private String id;
    private String name;
    private String description;
    private String intents;
    private BigDecimal dailyTokens;
    private BigDecimal monthlyTokens;
    private BigDecimal budgetUsd;
    private String budgetPeriod;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        load();
    }

    void load() {
        try {
            tasks = core.list(base(), TaskView.class);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    private String base() {
        return "/api/tenants/" + CoreApi.enc(tenant) + "/tasks";
    }

    public void edit(TaskView task) {
        editing = true;
        id = task.id();
        name = task.name();
        description = task.description();
        intents = String.join(", ", task.expectedIntents() == null ? List.of() : task.expectedIntents());
        TaskQuotaView quota = quotaOf(task);
        dailyTokens = decimal(quota.dailyTokens());
        monthlyTokens = decimal(quota.monthlyTokens());
        budgetUsd = quota.budgetUsd();
        budgetPeriod = quota.budgetPeriod();
    }

    private static TaskQuotaView quotaOf(TaskView task) {
        return task.quota() == null ? new TaskQuotaView(null, null, null, null) : task.quota();
    }

    private static BigDecimal decimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** The quota as the API takes it: only the limits that are set; an empty object lifts them all. */
    String quotaJson() {
        StringBuilder json = new StringBuilder("{");
        append(json, "dailyTokens", dailyTokens);
        append(json, "monthlyTokens", monthlyTokens);
        append(json, "budgetUsd", budgetUsd);
        if (budgetUsd != null && budgetPeriod != null && !budgetPeriod.isBlank()) {
            json.append(",\"budgetPeriod\":").append(Plain.quote(budgetPeriod));
        }
        return json.append('}').toString().replace("{,", "{");
    }

    private static void append(StringBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.append(",\"").append(name).append("\":").append(value.toPlainString());
        }
    }

    /** The task's quota in words for the table, e.g. "50000 tokens/day · USD 20/month"; "none" when unset. */
    public static String quotaSummary(TaskView task) {
        TaskQuotaView quota = quotaOf(task);
        List<String> parts = new java.util.ArrayList<>();
        if (quota.dailyTokens() != null) {
            parts.add(quota.dailyTokens() + " tokens/day");
        }
        if (quota.monthlyTokens() != null) {
            parts.add(quota.monthlyTokens() + " tokens/month");
        }
        if (quota.budgetUsd() != null) {
            parts.add("USD " + quota.budgetUsd().stripTrailingZeros().toPlainString() + "/"
                    + String.valueOf(quota.budgetPeriod()).toLowerCase(java.util.Locale.ROOT));
        }
        return parts.isEmpty() ? "none" : String.join(" · ", parts);
    }

    public void clear() {
        editing = false;
        id = name = description = intents = budgetPeriod = null;
        dailyTokens = monthlyTokens = budgetUsd = null;
    }

    public void save() {
        String body = "{\"name\":" + Plain.quote(name) + ",\"description\":" + Plain.quote(description)
                + ",\"expectedIntents\":" + Plain.array(Plain.split(intents)) + ",\"quota\":" + quotaJson()
                + (editing ? "" : ",\"id\":" + Plain.quote(id)) + "}";
        try {
            if (editing) {
                core.patch(base() + "/" + CoreApi.enc(id), body);
            } else {
                core.post(base(), body);
            }
            Notices.done("Task " + id + " saved");
            clear();
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Task not saved", e);
        }
    }

    /** Closing refuses the task from the next request on; reopening allows it again. */
    public void setOpen(String taskId, boolean open) {
        try {
            core.patch(base() + "/" + CoreApi.enc(taskId), "{\"open\":" + open + "}");
            Notices.done("Task " + taskId + (open ? " reopened" : " closed"));
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Task not changed", e);
        }
    }

    public String getTenant() { return tenant; }
    public List<TaskView> getTasks() { return tasks; }
    public String getProblem() { return problem; }
    public boolean isEditing() { return editing; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getIntents() { return intents; }
    public void setIntents(String intents) { this.intents = intents; }
    public BigDecimal getDailyTokens() { return dailyTokens; }
    public void setDailyTokens(BigDecimal value) { this.dailyTokens = value; }
    public BigDecimal getMonthlyTokens() { return monthlyTokens; }
    public void setMonthlyTokens(BigDecimal value) { this.monthlyTokens = value; }
    public BigDecimal getBudgetUsd() { return budgetUsd; }
    public void setBudgetUsd(BigDecimal value) { this.budgetUsd = value; }
    public String getBudgetPeriod() { return budgetPeriod; }
    public void setBudgetPeriod(String value) { this.budgetPeriod = value; }
    public String summary(TaskView task) { return quotaSummary(task); }
}

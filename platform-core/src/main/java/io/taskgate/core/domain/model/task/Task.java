package io.taskgate.core.domain.model.task;

import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A piece of work a tenant hires contractors for; every proxied request names one in {@code X-Task-Id}. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(nullable = false)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    /** Comma-separated intent labels this task is expected to produce. */
    @Column(name = "expected_intents")
    private String expectedIntents;

    /** The owner's example requests, separated by {@link #EXAMPLE_SEPARATOR}. */
    @Column(name = "example_requests", length = 24000)
    private String exampleRequests;

    @Column(name = "quota_daily_tokens")
    private Long quotaDailyTokens;

    @Column(name = "quota_monthly_tokens")
    private Long quotaMonthlyTokens;

    @Column(name = "quota_budget_usd")
    private BigDecimal quotaBudgetUsd;

    @Enumerated(EnumType.STRING)
    @Column(name = "quota_budget_period")
    private BudgetPeriod quotaBudgetPeriod;

    protected Task() {
    }

    public Task(String id, String tenantId, String name, String description, boolean open, Set<String> intents) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.description = description;
        this.open = open;
        this.expectedIntents = String.join(",", intents);
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public boolean isOpen() {
        return open;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<String> expectedIntents() {
        return toInfo().expectedIntents();
    }

    /** Changes what the task is about; {@code null} leaves a field as it is. */
    public void revise(String newName, String newDescription, Set<String> intents) {
        if (newName != null) {
            this.name = newName;
        }
        if (newDescription != null) {
            this.description = newDescription;
        }
        if (intents != null) {
            this.expectedIntents = String.join(",", new java.util.TreeSet<>(intents));
        }
    }

    /** Separates stored example requests (the symbol for a record separator); refused inside an example. */
    public static final String EXAMPLE_SEPARATOR = "\u241e";

    /** Replaces the owner's example requests (already checked). */
    public void exemplify(List<String> examples) {
        this.exampleRequests = examples.isEmpty() ? null : String.join(EXAMPLE_SEPARATOR, examples);
    }

    /** The owner's example requests, in the order given. */
    public List<String> examples() {
        return exampleRequests == null || exampleRequests.isEmpty() ? List.of()
                : List.of(exampleRequests.split(EXAMPLE_SEPARATOR));
    }

    /** A closed task is refused on the next request; it and its history stay. */
    public void setOpen(boolean value) {
        this.open = value;
    }

    /** The task's own limits, shared by everyone on it; {@link TaskQuota#NONE} when it has none. */
    public TaskQuota quota() {
        return new TaskQuota(quotaDailyTokens, quotaMonthlyTokens, quotaBudgetUsd, quotaBudgetPeriod);
    }

    /** Replaces the task's own limits; {@link TaskQuota#NONE} lifts them. */
    public void limit(TaskQuota quota) {
        this.quotaDailyTokens = quota.dailyTokens();
        this.quotaMonthlyTokens = quota.monthlyTokens();
        this.quotaBudgetUsd = quota.budgetUsd();
        this.quotaBudgetPeriod = quota.budgetPeriod();
    }

    public TaskInfo toInfo() {
        Set<String> intents = expectedIntents == null || expectedIntents.isBlank() ? Set.of()
                : Arrays.stream(expectedIntents.split(",")).map(String::trim).collect(Collectors.toSet());
        return new TaskInfo(id, tenantId, name, description, open, intents, examples());
    }
}

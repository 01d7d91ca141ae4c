package io.taskgate.core.domain.model.task;

import io.taskgate.api.pipeline.TaskInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
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

    public TaskInfo toInfo() {
        Set<String> intents = expectedIntents == null || expectedIntents.isBlank() ? Set.of()
                : Arrays.stream(expectedIntents.split(",")).map(String::trim).collect(Collectors.toSet());
        return new TaskInfo(id, tenantId, name, description, open, intents);
    }
}

package io.taskgate.core.domain.model.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.ZoneId;

/** A project owner's workspace. Tasks, members and usage belong to exactly one tenant. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Days prompt texts are kept in the ledger; 0 means prompts are never stored. */
    @Column(name = "prompt_retention_days", nullable = false)
    private int promptRetentionDays;

    /** Longest lifetime of an API key that carries this tenant, in days; {@code null}: the gateway's maximum. */
    @Column(name = "max_key_lifetime_days")
    private Integer maxKeyLifetimeDays;

    /** Comma-separated intent labels; empty means {@link #DEFAULT_INTENT_LABELS}. */
    @Column(name = "intent_labels")
    private String intentLabels;

    public static final java.util.List<String> DEFAULT_INTENT_LABELS =
            java.util.List.of("code", "test", "doc", "design", "data", "ops", "off_topic");

    protected Tenant() {
    }

    public Tenant(String id, String name, ZoneId zone, int promptRetentionDays) {
        this.id = id;
        this.name = name;
        this.timeZone = zone.getId();
        this.promptRetentionDays = promptRetentionDays;
    }

    /**
     * The null object for a tenant whose row cannot be found: the defaults a tenant starts with (UTC, the default
     * intent labels, no prompts kept). Never persisted.
     */
    public static Tenant unknown(String id) {
        return new Tenant(id, id, java.time.ZoneOffset.UTC, 0);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public int promptRetentionDays() {
        return promptRetentionDays;
    }

    /** Changes the settings; {@code null} leaves a field as it is. */
    public void revise(String newName, ZoneId zone, Integer retentionDays) {
        if (newName != null) {
            this.name = newName;
        }
        if (zone != null) {
            this.timeZone = zone.getId();
        }
        if (retentionDays != null) {
            this.promptRetentionDays = retentionDays;
        }
    }

    public java.util.OptionalInt maxKeyLifetimeDays() {
        return maxKeyLifetimeDays == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(maxKeyLifetimeDays);
    }

    public void capKeyLifetime(Integer days) {
        this.maxKeyLifetimeDays = days;
    }

    public java.util.List<String> intentLabels() {
        if (intentLabels == null || intentLabels.isBlank()) {
            return DEFAULT_INTENT_LABELS;
        }
        return java.util.Arrays.stream(intentLabels.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Sets the tenant's labels; {@code off_topic} is always kept, since misuse detection depends on it. */
    public void labelIntents(java.util.List<String> labels) {
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>(labels);
        set.add("off_topic");
        this.intentLabels = String.join(",", set);
    }

    public boolean storesPrompts() {
        return promptRetentionDays > 0;
    }
}

package io.taskgate.core.domain.model.misuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A tenant's misuse policy: weights, decay, threshold, action, fail policy of detectors, and the owner's webhook. */
@Entity
@Table(name = "misuse_policy")
public class MisusePolicy {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "slight_weight", nullable = false)
    private double slightWeight = 0.1;
    @Column(name = "major_weight", nullable = false)
    private double majorWeight = 1.0;
    @Column(name = "half_life_hours", nullable = false)
    private double halfLifeHours = 24;
    @Column(nullable = false)
    private double threshold = 2.0;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagAction action = FlagAction.BLOCK;
    @Column(name = "suspend_minutes", nullable = false)
    private int suspendMinutes = 60;
    @Column(name = "fail_open", nullable = false)
    private boolean failOpen = true;
    @Column(name = "webhook_url")
    private String webhookUrl;
    @Column(name = "webhook_secret")
    private String webhookSecret;

    protected MisusePolicy() {
    }

    /** The defaults of the issue: +0.1 slight, +1.0 major, half-life one day, threshold 2.0, block until review. */
    public static MisusePolicy defaults(String tenantId) {
        MisusePolicy policy = new MisusePolicy();
        policy.tenantId = tenantId;
        return policy;
    }

    /** The values of this policy as a change, so a partial update can start from it. */
    public record Settings(Double slightWeight, Double majorWeight, Double halfLifeHours, Double threshold,
                           FlagAction action, Integer suspendMinutes, Boolean failOpen, String webhookUrl,
                           String webhookSecret) {

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (slightWeight != null && (slightWeight < 0 || slightWeight > 100)) {
                problems.add("slightWeight must be within 0..100");
            }
            if (majorWeight != null && (majorWeight < 0 || majorWeight > 100)) {
                problems.add("majorWeight must be within 0..100");
            }
            if (halfLifeHours != null && (halfLifeHours <= 0 || halfLifeHours > 24 * 365)) {
                problems.add("halfLifeHours must be more than 0 and at most a year");
            }
            if (threshold != null && (threshold <= 0 || threshold > 1000)) {
                problems.add("threshold must be within (0, 1000]");
            }
            if (suspendMinutes != null && (suspendMinutes < 1 || suspendMinutes > 60 * 24 * 365)) {
                problems.add("suspendMinutes must be between 1 and a year");
            }
            if (webhookUrl != null && !webhookUrl.isBlank() && !webhookUrl.matches("https?://\\S+")) {
                problems.add("webhookUrl must be an http(s) URL");
            }
            return problems;
        }
    }

    public void apply(Settings s) {
        slightWeight = s.slightWeight() == null ? slightWeight : s.slightWeight();
        majorWeight = s.majorWeight() == null ? majorWeight : s.majorWeight();
        halfLifeHours = s.halfLifeHours() == null ? halfLifeHours : s.halfLifeHours();
        threshold = s.threshold() == null ? threshold : s.threshold();
        action = s.action() == null ? action : s.action();
        suspendMinutes = s.suspendMinutes() == null ? suspendMinutes : s.suspendMinutes();
        failOpen = s.failOpen() == null ? failOpen : s.failOpen();
        if (s.webhookUrl() != null) {
            webhookUrl = s.webhookUrl().isBlank() ? null : s.webhookUrl().strip();
        }
        if (s.webhookSecret() != null) {
            webhookSecret = s.webhookSecret().isBlank() ? null : s.webhookSecret();
        }
    }

    public String tenantId() { return tenantId; }
    public double slightWeight() { return slightWeight; }
    public double majorWeight() { return majorWeight; }
    public double halfLifeHours() { return halfLifeHours; }
    public double threshold() { return threshold; }
    public FlagAction action() { return action; }
    public int suspendMinutes() { return suspendMinutes; }
    public boolean failOpen() { return failOpen; }
    public String webhookUrl() { return webhookUrl; }
    public String webhookSecret() { return webhookSecret; }
}

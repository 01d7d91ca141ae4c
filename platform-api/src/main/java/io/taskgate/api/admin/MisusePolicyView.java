package io.taskgate.api.admin;

import java.io.Serializable;

/** A tenant's misuse policy; the webhook secret is never shown, only whether one is set. */
public record MisusePolicyView(double slightWeight, double majorWeight, double halfLifeHours, double threshold,
                               String action, int suspendMinutes, boolean failOpen, String webhookUrl,
                               boolean webhookSecretSet) implements Serializable {
}

package io.taskgate.api.admin;

import io.taskgate.api.spi.ConfigProperty;

import java.io.Serializable;
import java.util.List;

/**
 * How one discovered plugin fared: active, disabled by configuration, or broken (and why); where it runs
 * ({@code before-call}, {@code beside-call} for detectors that only score, {@code per-tenant} for a detector that
 * refuses only where a tenant's settings say so and runs beside the call for the other tenants, {@code after-call});
 * how often it failed at request time, and how many requests it was not run for because the detector queue was full
 * ({@code shed}).
 * Absent parts are left out of the JSON.
 */
public record PluginStatus(String id, String family, String source, String state, String problem, int order,
                           String description, List<ConfigProperty> settings, String runs, long failures, long shed)
        implements Serializable {
}

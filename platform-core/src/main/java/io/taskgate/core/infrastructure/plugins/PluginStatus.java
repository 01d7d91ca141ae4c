package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.spi.ConfigProperty;

import java.util.List;

/** How one discovered plugin fared: active, disabled by configuration, or broken (and why), plus its failure count. */
public record PluginStatus(String id, String family, String source, String state, String problem, int order,
                           String description, List<ConfigProperty> settings, long failures) {
}

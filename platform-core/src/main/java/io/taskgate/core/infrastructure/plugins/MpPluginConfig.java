package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.spi.PluginConfig;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/** A plugin's settings, {@code gateway.<family>.<id>.<key>}, from MicroProfile Config. */
final class MpPluginConfig implements PluginConfig {

    private final Config config;
    private final String prefix;

    MpPluginConfig(Config config, StageFamily family, String id) {
        this.config = config;
        this.prefix = prefix(family, id);
    }

    static String prefix(StageFamily family, String id) {
        return "gateway." + family.configKey() + "." + id + ".";
    }

    @Override
    public Optional<String> get(String key) {
        return config.getOptionalValue(prefix + key, String.class);
    }

    @Override
    public Optional<String> gateway(String key) {
        return config.getOptionalValue(key, String.class);
    }
}

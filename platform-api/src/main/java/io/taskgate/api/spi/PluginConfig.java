package io.taskgate.api.spi;

import java.util.Optional;

/** A plugin's own settings: the keys below {@code gateway.<family>.<id>.}, read through MicroProfile Config. */
public interface PluginConfig {

    Optional<String> get(String key);

    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    default int getInt(String key, int defaultValue) {
        return get(key).map(String::trim).map(Integer::parseInt).orElse(defaultValue);
    }

    default long getLong(String key, long defaultValue) {
        return get(key).map(String::trim).map(Long::parseLong).orElse(defaultValue);
    }

    default boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(String::trim).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /**
     * A gateway-wide setting outside the plugin's scope, e.g. {@code upstream.base-url}, for plugins that call
     * the upstream themselves (a moderation detector). Empty when unset.
     */
    default Optional<String> gateway(String key) {
        return Optional.empty();
    }

    /** A config with no settings at all, for tests and defaults. */
    PluginConfig EMPTY = key -> Optional.empty();
}

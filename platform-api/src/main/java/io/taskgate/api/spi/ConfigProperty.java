package io.taskgate.api.spi;

import java.io.Serializable;
import java.util.Objects;

/** Describes one setting of a plugin so the admin UI can render and document it. */
public record ConfigProperty(String name, Type type, String defaultValue, String description) implements Serializable {

    /** How the UI should render and validate the value. */
    public enum Type { STRING, INTEGER, BOOLEAN, DECIMAL, DURATION, LIST }

    public ConfigProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }
}

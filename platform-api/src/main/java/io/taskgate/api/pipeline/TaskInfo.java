package io.taskgate.api.pipeline;

import java.util.Objects;
import java.util.Set;

/** The task a request was made for, as the gateway's own records describe it. */
public record TaskInfo(String id, String tenantId, String name, String description, boolean open,
                       Set<String> expectedIntents) {

    public TaskInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        expectedIntents = expectedIntents == null ? Set.of() : Set.copyOf(expectedIntents);
    }
}

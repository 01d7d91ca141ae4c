package io.taskgate.api.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The task a request was made for, as the gateway's own records describe it. {@code examples} are requests the
 * owner gave as typical of the task (for detectors that compare a prompt with the task); empty when none were given.
 */
public record TaskInfo(String id, String tenantId, String name, String description, boolean open,
                       Set<String> expectedIntents, List<String> examples) {

    public TaskInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        expectedIntents = expectedIntents == null ? Set.of() : Set.copyOf(expectedIntents);
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** A task without example requests. */
    public TaskInfo(String id, String tenantId, String name, String description, boolean open,
                    Set<String> expectedIntents) {
        this(id, tenantId, name, description, open, expectedIntents, List.of());
    }
}

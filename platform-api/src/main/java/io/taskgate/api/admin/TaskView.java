package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A task of a tenant, open or closed, with the intents expected of it and the owner's example requests. */
public record TaskView(String id, String tenantId, String name, String description, boolean open,
                       Set<String> expectedIntents, List<String> examples, TaskQuotaView quota)
        implements Serializable {
}

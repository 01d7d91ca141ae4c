package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A task of a tenant, open or closed, with the intents expected of it and the owner's example requests. */
public record TaskView(String id, String tenantId, String name, String description, boolean open,
                       List<String> expectedIntents, List<String> examples, TaskQuotaView quota)
        implements Serializable {
}

package io.taskgate.core.domain.model.usage;

import java.util.Map;
import java.util.Set;

/** Read port: the prompts the usage ledger retained (only tenants that retain prompts have any). */
public interface RetainedPrompts {

    /** The retained prompt text of each of these requests of the tenant that has one, by request id. */
    Map<String, String> of(String tenantId, Set<String> requestIds);
}

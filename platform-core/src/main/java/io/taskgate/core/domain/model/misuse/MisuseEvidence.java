package io.taskgate.core.domain.model.misuse;

import java.util.List;
import java.util.Set;

/** Read port: the signals recorded for given requests (the request log shows them beside each request). */
public interface MisuseEvidence {

    /** The tenant's signals of these requests, oldest first. */
    List<MisuseEvent> ofRequests(String tenantId, Set<String> requestIds);
}

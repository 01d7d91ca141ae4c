package io.taskgate.core.application.access;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;

import java.util.Objects;

/**
 * What one proxy call is resolved to, once, before the pipeline runs: the caller as the membership lets them in,
 * their membership (and so its limits), the task and its quota, and the tenant's settings. It rides on the exchange;
 * the quota, the ledger, the fail policy and the warnings read it instead of looking the same rows up again.
 */
public record RequestContext(Caller caller, Membership membership, TaskInfo task, TaskQuota taskQuota, Tenant tenant) {

    public RequestContext {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(taskQuota, "taskQuota");
        Objects.requireNonNull(tenant, "tenant");
    }
}

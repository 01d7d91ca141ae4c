package io.taskgate.core.application.access;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;

import io.taskgate.core.application.misuse.MisusePolicies;

import java.util.Objects;
import java.util.Optional;

/**
 * What one proxy call is resolved to, once, before the pipeline runs: the caller as the membership lets them in,
 * their membership (and so its limits), the task and its quota, and the tenant's settings (its misuse stance among
 * them), and the member's warning. It rides on the exchange; the quota, the ledger, the fail policy and the warning
 * header read it instead of looking the same rows up again.
 */
public record RequestContext(Caller caller, Membership membership, TaskInfo task, TaskQuota taskQuota, Tenant tenant,
                             MisusePolicies.Stance misuseStance, Optional<String> warning) {

    /** A context under the default misuse stance (fail open, flagged members refused) and no warning. */
    public RequestContext(Caller caller, Membership membership, TaskInfo task, TaskQuota taskQuota, Tenant tenant) {
        this(caller, membership, task, taskQuota, tenant, new MisusePolicies.Stance(true, true), Optional.empty());
    }

    public RequestContext {
        Objects.requireNonNull(misuseStance, "misuseStance");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(taskQuota, "taskQuota");
        Objects.requireNonNull(tenant, "tenant");
    }
}

package io.taskgate.core.application.access;


import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.member.MemberDenial;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the gateway's membership record to an authenticated caller: the task's tenant must know the caller
 * and let them in now, and what the caller may use becomes what the membership grants (narrowed further by an
 * API key's own grant). A token's claims never widen it, so a removed task or a block applies at once.
 */
@ApplicationScoped
public class MemberAccess {

    @Inject
    MemberDirectory members;

    /** The caller as the pipeline should see it, or why they may not call for this task. */
    public record Decision(Caller caller, Optional<Refusal> refusal, Membership membership) {
        /** The membership's limits; unlimited for a refusal. */
        public MemberLimits limits() {
            return membership == null ? MemberLimits.UNLIMITED : membership.limits();
        }
    }

    public Decision decide(Caller caller, TaskInfo task, Instant now) {
        Optional<Membership> found = members.find(task.tenantId(), caller.username());
        if (found.isEmpty()) {
            return refused(Refusal.of(403, "task_not_allowed", "You are not a member of the project that owns task '"
                    + task.id() + "'. Ask its project owner to add you."));
        }
        Membership membership = found.get();
        Optional<MemberDenial> denial = membership.denial(now);
        if (denial.isPresent()) {
            MemberDenial d = denial.get();
            Refusal refusal = Refusal.of(d.status(), d.code(), d.message());
            if (d.retryAfterSeconds().isPresent()) {
                refusal = refusal.withHeader("Retry-After", Long.toString(d.retryAfterSeconds().getAsLong()));
            }
            return refused(refusal);
        }
        boolean key = caller.authKind() == Caller.AuthKind.API_KEY;
        if (membership.subject() == null && !key) {
            members.learnSubject(membership, caller.subject());
        }
        Caller effective = new Caller(caller.subject(), caller.username(), caller.authKind(), caller.keyId(),
                Set.of(task.tenantId()),
                key ? intersect(membership.tasks(), caller.tasks()) : membership.tasks(),
                key ? intersect(membership.endpoints(), caller.endpoints()) : membership.endpoints(),
                key ? intersect(membership.models(), caller.models()) : membership.models(),
                caller.roles());
        return new Decision(effective, Optional.empty(), membership);
    }

    private static Decision refused(Refusal refusal) {
        return new Decision(null, Optional.of(refusal), null);
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}

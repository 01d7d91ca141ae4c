package io.taskgate.core.application.admin;

import io.taskgate.core.application.access.MemberDirectory;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.function.Consumer;

/** Membership writes, each in one transaction with its audit entry; the request path sees them at once here. */
@ApplicationScoped
public class MemberStore {

    @Inject
    MembershipRepository members;

    @Inject
    AuditTrail audit;

    @Inject
    MemberDirectory directory;

    @Transactional
    public Membership create(String actor, Membership membership) {
        members.add(membership);
        audit.record(actor, membership.tenantId(), "member.add", "member", membership.username(), null,
                Views.of(membership));
        directory.evict(membership.tenantId(), membership.username());
        return membership;
    }

    /** Loads the membership, applies the change, stores it and audits before and after. */
    @Transactional
    public Membership change(String actor, String tenantId, String username, String action, Consumer<Membership> change) {
        Membership membership = members.find(tenantId, username)
                .orElseThrow(() -> AdminProblem.notFound("Member '" + username + "'"));
        var before = Views.of(membership);
        change.accept(membership);
        Membership saved = members.update(membership);
        audit.record(actor, tenantId, action, "member", username, before, Views.of(saved));
        directory.evict(tenantId, username);
        return saved;
    }
}

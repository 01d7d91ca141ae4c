package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.invitation.Invitation;
import io.taskgate.core.domain.model.invitation.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Invitation writes, each in one transaction with its audit entry. */
@ApplicationScoped
public class InvitationStore {

    @Inject
    InvitationRepository invitations;

    @Inject
    AuditTrail audit;

    /** Stores a new invitation, cancels the older pending ones, audits it. */
    @Transactional
    public void issue(String actor, Invitation invitation, List<Invitation> older, Invitations.Sent audited) {
        for (Invitation o : older) {
            o.cancel(invitation.createdAt());
            invitations.update(o);
        }
        invitations.add(invitation);
        audit.record(actor, invitation.tenantId(), "member.invite", "member", invitation.username(), null, audited);
    }

    /** Marks a code redeemed (the person chose a password) and audits it with the person as actor. */
    @Transactional
    public void redeemed(Invitation invitation, java.time.Instant at) {
        invitation.accept(at);
        invitations.update(invitation);
        audit.record(invitation.username(), invitation.tenantId(), "member.activate", "member", invitation.username(),
                null, new Invitations.Redeemed(invitation.delivery().name().toLowerCase(java.util.Locale.ROOT)));
    }
}

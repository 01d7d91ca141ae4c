package io.taskgate.core.domain.model.invitation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores invitations; activation codes only as their hash. */
public interface InvitationRepository {

    void add(Invitation invitation);

    /** Writes a changed invitation (accepted or cancelled). */
    Invitation update(Invitation invitation);

    /** The member's newest invitation in this tenant, if any. */
    Optional<Invitation> latest(String tenantId, String username);

    /** The newest invitation of each of these members that has one (at most one per username). */
    List<Invitation> latestOf(String tenantId, Collection<String> usernames);

    /** Every invitation of this person (any tenant) that is neither accepted nor cancelled. */
    List<Invitation> pendingOfSubject(String subject);

    Optional<Invitation> findByCodeHash(String codeHash);
}

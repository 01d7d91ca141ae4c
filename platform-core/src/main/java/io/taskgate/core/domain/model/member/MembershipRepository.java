package io.taskgate.core.domain.model.member;

import java.util.List;
import java.util.Optional;

/** Memberships; never deleted (offboarding only changes the status). */
public interface MembershipRepository {

    Optional<Membership> find(String tenantId, String username);

    List<Membership> findByTenant(String tenantId);

    List<Membership> findByUsername(String username);

    void add(Membership membership);

    /** Records the identity-provider subject of a member who had none yet; a no-op when one is set. */
    void linkSubjectIfUnknown(String tenantId, String username, String subject);

    /** Persists changes to a membership loaded earlier (detached), returning the stored state. */
    Membership update(Membership membership);
}

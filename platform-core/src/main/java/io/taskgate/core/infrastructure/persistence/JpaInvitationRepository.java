package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.invitation.Invitation;
import io.taskgate.core.domain.model.invitation.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invitations in the database (table {@code member_invitation}); activation codes as SHA-256 hashes only. */
@ApplicationScoped
@GuardedByDatabaseAvailability
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    @Transactional
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    @Transactional
    public Invitation update(Invitation invitation) {
        return em.merge(invitation);
    }

    @Override
    public Optional<Invitation> latest(String tenantId, String username) {
        return em.createQuery("select i from Invitation i where i.tenantId = :t and i.username = :u "
                        + "order by i.createdAt desc", Invitation.class)
                .setParameter("t", tenantId).setParameter("u", username)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Invitation> latestOf(String tenantId, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, Invitation> newest = new LinkedHashMap<>();
        em.createQuery("select i from Invitation i where i.tenantId = :t order by i.createdAt desc", Invitation.class)
                .setParameter("t", tenantId).getResultStream()
                .filter(i -> usernames.contains(i.username()))
                .forEach(i -> newest.putIfAbsent(i.username(), i));
        return List.copyOf(newest.values());
    }

    @Override
    public List<Invitation> pendingOfSubject(String subject) {
        return em.createQuery("select i from Invitation i where i.subject = :s and i.acceptedAt is null "
                        + "and i.cancelledAt is null", Invitation.class)
                .setParameter("s", subject).getResultList();
    }

    @Override
    public Optional<Invitation> findByCodeHash(String codeHash) {
        return em.createQuery("select i from Invitation i where i.codeHash = :h", Invitation.class)
                .setParameter("h", codeHash).getResultStream().findFirst();
    }
}

package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Memberships in the database. */
@ApplicationScoped
@GuardedByDatabaseAvailability
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public Optional<Membership> find(String tenantId, String username) {
        return Optional.ofNullable(em.find(Membership.class, Membership.idOf(tenantId, username)));
    }

    @Override
    public List<Membership> findByTenant(String tenantId) {
        return em.createQuery("select m from Membership m where m.tenantId = :t order by m.username", Membership.class)
                .setParameter("t", tenantId).getResultList();
    }

    @Override
    public List<Membership> findByUsername(String username) {
        return em.createQuery("select m from Membership m where m.username = :u order by m.tenantId", Membership.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    @Transactional
    public void add(Membership membership) {
        em.persist(membership);
    }

    @Override
    @Transactional
    public void linkSubjectIfUnknown(String tenantId, String username, String subject) {
        em.createQuery("update Membership m set m.subject = :s where m.id = :id and m.subject is null")
                .setParameter("s", subject).setParameter("id", Membership.idOf(tenantId, username)).executeUpdate();
    }

    @Override
    @Transactional
    public Membership update(Membership membership) {
        return em.merge(membership);
    }
}

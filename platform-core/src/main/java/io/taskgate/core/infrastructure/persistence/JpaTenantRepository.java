package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Tenants from the database. */
@ApplicationScoped
@GuardedByDatabaseAvailability
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
    }

    @Override
    @Transactional
    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    @Override
    @Transactional
    public Tenant update(Tenant tenant) {
        return em.merge(tenant);
    }
}

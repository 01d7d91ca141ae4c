package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** API keys (hashes only) in the database. Reads bypass the shared cache so revocation is seen at once. */
@ApplicationScoped
@GuardedByDatabaseAvailability
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public Optional<ApiKey> find(String keyId) {
        return em.createQuery("select k from ApiKey k where k.keyId = :id", ApiKey.class)
                .setParameter("id", keyId)
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiKey> findBySubject(String subject) {
        return em.createQuery("select k from ApiKey k where k.subject = :s order by k.createdAt desc", ApiKey.class)
                .setParameter("s", subject).getResultList();
    }

    @Override
    public List<ApiKey> findByUsername(String username) {
        return em.createQuery("select k from ApiKey k where k.username = :u order by k.createdAt desc", ApiKey.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    @Transactional
    public void add(ApiKey key) {
        em.persist(key);
    }

    @Override
    @Transactional
    public ApiKey update(ApiKey key) {
        return em.merge(key);
    }

    /** Marks a key revoked; the key row and its usage history stay. */
    @Override
    @Transactional
    public Optional<ApiKey> revoke(String keyId, String subject, java.time.Instant at) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.subject().equals(subject)) {
            return Optional.empty();
        }
        key.revoke(at);
        return Optional.of(key);
    }
}

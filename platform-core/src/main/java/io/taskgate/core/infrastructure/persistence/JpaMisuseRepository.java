package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.FlagAction;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Misuse policies, scores and evidence in the database. */
@ApplicationScoped
@GuardedByDatabaseAvailability
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class JpaMisuseRepository implements MisuseRepository {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    /** Defaults of tenants that never set a policy ({@code gateway.misuse.defaults.*}). */
    @Inject
    @ConfigProperty(name = "gateway.misuse.defaults.threshold", defaultValue = "2.0")
    double defaultThreshold;

    @Inject
    @ConfigProperty(name = "gateway.misuse.defaults.action", defaultValue = "BLOCK")
    FlagAction defaultAction;

    @Inject
    @ConfigProperty(name = "gateway.misuse.defaults.half-life-hours", defaultValue = "24")
    double defaultHalfLifeHours;

    @Override
    public MisusePolicy policy(String tenantId) {
        MisusePolicy policy = em.find(MisusePolicy.class, tenantId);
        if (policy == null) {
            policy = MisusePolicy.defaults(tenantId);
            policy.apply(new MisusePolicy.Settings(null, null, defaultHalfLifeHours, defaultThreshold, defaultAction,
                    null, null, null, null));
        }
        return policy;
    }

    @Override
    @Transactional
    public MisusePolicy savePolicy(MisusePolicy policy) {
        return em.merge(policy);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public DeviationScore scoreForUpdate(String tenantId, String username) {
        String id = tenantId + "/" + username;
        DeviationScore score = em.find(DeviationScore.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (score == null) {
            score = new DeviationScore(tenantId, username, Instant.now());
            em.persist(score);
            em.flush();
        }
        return score;
    }

    @Override
    public Optional<DeviationScore> score(String tenantId, String username) {
        return Optional.ofNullable(em.find(DeviationScore.class, tenantId + "/" + username));
    }

    @Override
    public List<DeviationScore> flagged(String tenantId) {
        return em.createQuery("select s from DeviationScore s where s.tenantId = :t and s.flaggedAt is not null "
                + "order by s.flaggedAt desc", DeviationScore.class).setParameter("t", tenantId).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(MisuseEvent event) {
        em.persist(event);
    }

    @Override
    public List<MisuseEvent> events(String tenantId, String username, int limit) {
        return em.createQuery("select e from MisuseEvent e where e.tenantId = :t and e.username = :u "
                        + "order by e.at desc, e.id", MisuseEvent.class)
                .setParameter("t", tenantId).setParameter("u", username).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean scoredBefore(String tenantId, String username, PromptKey prompt, Instant since) {
        if (prompt.isNone()) {
            return false;
        }
        return !em.createQuery("select e.id from MisuseEvent e where e.tenantId = :t and e.username = :u "
                        + "and e.promptKey = :k and e.at >= :since", String.class)
                .setParameter("t", tenantId).setParameter("u", username).setParameter("k", prompt.value())
                .setParameter("since", since).setMaxResults(1).getResultList().isEmpty();
    }
}

package io.taskgate.core.application.access;

import io.taskgate.core.application.Cache;

import io.taskgate.core.application.Caches;

import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Memberships for the request path, remembered for up to {@code gateway.cache.member-ttl-ms} (default 30 s, a
 * safety net): a block, a removed task or changed limits reach every instance within the {@link Caches}
 * poll interval, and at once the instance that made the change (it calls {@link #evict}).
 */
@ApplicationScoped
public class MemberDirectory {

    @Inject
    MembershipRepository members;

    @Inject
    @ConfigProperty(name = "gateway.cache.member-ttl-ms", defaultValue = "30000")
    long ttlMillis;

    private Cache<String, Optional<Membership>> cache;

    @Inject
    Caches coherence;

    @PostConstruct
    void init() {
        cache = coherence.newCache("membership", ttlMillis);
    }

    public Optional<Membership> find(String tenantId, String username) {
        return cache.get(Membership.idOf(tenantId, username), key -> members.find(tenantId, username));
    }

    /** Remembers who a pre-registered member is in the identity provider, once they first call. */
    public void learnSubject(Membership membership, String subject) {
        members.linkSubjectIfUnknown(membership.tenantId(), membership.username(), subject);
        evict(membership.tenantId(), membership.username());
    }

    public void evict(String tenantId, String username) {
        cache.evict(Membership.idOf(tenantId, username));
    }
}

package io.taskgate.core.application.access;

import io.taskgate.core.application.internal.TtlCache;

import io.taskgate.core.application.internal.CacheCoherence;

import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.util.Optional;

/** Tenant settings for the request path, through a request-path cache that every change to a tenant clears ({@link CacheCoherence}). */
@ApplicationScoped
public class TenantDirectory {

    @Inject
    TenantRepository tenants;

    private TtlCache<String, Optional<Tenant>> cache;

    @Inject
    CacheCoherence coherence;

    @PostConstruct
    void init() {
        cache = coherence.newCache("tenant", 30_000);
    }

    public Optional<Tenant> find(String tenantId) {
        if (tenantId == null) {
            return Optional.empty();
        }
        return cache.get(tenantId, tenants::find);
    }

    public void evict(String tenantId) {
        cache.evict(tenantId);
    }
}

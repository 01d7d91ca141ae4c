package io.taskgate.core.application.access;

import io.taskgate.core.application.Cache;

import io.taskgate.core.application.Caches;

import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.util.Optional;

/** Tenant settings for the request path, through a request-path cache that every change to a tenant clears ({@link Caches}). */
@ApplicationScoped
public class TenantDirectory {

    @Inject
    TenantRepository tenants;

    private Cache<String, Optional<Tenant>> cache;

    @Inject
    Caches coherence;

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

package io.taskgate.core.application.internal;

import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenant settings for the request path, cached for a few seconds (they change rarely and nothing security-relevant hangs on them). */
@ApplicationScoped
public class TenantDirectory {

    private static final long TTL_NANOS = 10_000_000_000L;

    @Inject
    TenantRepository tenants;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Tenant> tenant, long loadedAt) {
    }

    public Optional<Tenant> find(String tenantId) {
        if (tenantId == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Cached cached = cache.get(tenantId);
        if (cached == null || now - cached.loadedAt() > TTL_NANOS) {
            cached = new Cached(tenants.find(tenantId), now);
            cache.put(tenantId, cached);
        }
        return cached.tenant();
    }
}

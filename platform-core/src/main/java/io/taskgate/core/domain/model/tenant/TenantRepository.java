package io.taskgate.core.domain.model.tenant;

import java.util.Optional;

/** Looks tenants up by id. */
public interface TenantRepository {

    Optional<Tenant> find(String id);
}

package io.taskgate.core.domain.model.tenant;

import java.util.List;
import java.util.Optional;

/** Tenants; never deleted. */
public interface TenantRepository {

    Optional<Tenant> find(String id);

    List<Tenant> all();

    void add(Tenant tenant);

    Tenant update(Tenant tenant);
}

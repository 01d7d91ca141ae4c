package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;

import java.util.List;
import java.util.Optional;

/** A {@link TenantAccess} over fixed tenants and a membership repository, for tests of other packages. */
public final class TenantAccessFixture {

    private TenantAccessFixture() {
    }

    public static TenantAccess of(MembershipRepository members, Tenant... tenants) {
        TenantAccess access = new TenantAccess();
        access.members = members;
        access.tenants = new TenantRepository() {
            public Optional<Tenant> find(String id) {
                return List.of(tenants).stream().filter(t -> t.id().equals(id)).findFirst();
            }
            public List<Tenant> all() { return List.of(tenants); }
            public void add(Tenant tenant) { }
            public Tenant update(Tenant tenant) { return tenant; }
        };
        return access;
    }
}

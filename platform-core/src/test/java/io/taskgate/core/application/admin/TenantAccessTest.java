package io.taskgate.core.application.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TenantAccessTest {

    final TenantAccess access = new TenantAccess();
    final InMemoryMembershipRepository members = new InMemoryMembershipRepository();

    @BeforeEach
    void setUp() {
        Tenant acme = new Tenant("acme", "Acme", ZoneId.of("UTC"), 30);
        access.tenants = new TenantRepository() {
            public Optional<Tenant> find(String id) { return id.equals("acme") ? Optional.of(acme) : Optional.empty(); }
            public List<Tenant> all() { return List.of(acme); }
            public void add(Tenant tenant) { }
            public Tenant update(Tenant tenant) { return tenant; }
        };
        access.members = members;
        Instant now = Instant.now();
        members.add(new Membership("acme", "alice", "a@x.example", MemberRole.OWNER, now));
        members.add(new Membership("acme", "bob", "b@x.example", MemberRole.CONTRACTOR, now));
    }

    static Caller caller(String name, String... roles) {
        return new Caller("s-" + name, name, Caller.AuthKind.TOKEN, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(roles));
    }

    @Test
    void ownersManageTheirTenant() {
        assertEquals("acme", access.requireManager(caller("alice"), "acme").id());
    }

    @Test
    void contractorsGet403AndOutsidersGet404AsIfTheTenantDidNotExist() {
        assertEquals(403, assertThrows(AdminProblem.class, () -> access.requireManager(caller("bob"), "acme")).status());
        assertEquals(404, assertThrows(AdminProblem.class, () -> access.requireManager(caller("grace"), "acme")).status());
        assertEquals(404, assertThrows(AdminProblem.class, () -> access.requireManager(caller("alice"), "globex")).status());
    }

    @Test
    void aBlockedOwnerNoLongerManagesAndAnOffboardedOneIsAnOutsider() {
        members.find("acme", "alice").orElseThrow().changeStatus(MemberStatus.BLOCKED, null, null, Instant.now());
        assertEquals(Standing.MEMBER, access.standing(caller("alice"), "acme"));
        members.find("acme", "alice").orElseThrow().changeStatus(MemberStatus.OFFBOARDED, null, null, Instant.now());
        assertEquals(Standing.OUTSIDER, access.standing(caller("alice"), "acme"));
    }

    @Test
    void thePlatformAdminManagesExistingTenantsAndStillGets404ForUnknownOnes() {
        assertEquals("acme", access.requireManager(caller("op", "platform-admin"), "acme").id());
        assertEquals(404, assertThrows(AdminProblem.class,
                () -> access.requireManager(caller("op", "platform-admin"), "nope")).status());
        assertEquals(403, assertThrows(AdminProblem.class, () -> access.requirePlatformAdmin(caller("alice"))).status());
    }
}

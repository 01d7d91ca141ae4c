package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.MemberStanding;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.TenantAccess;
import io.taskgate.core.application.admin.TenantAccessFixture;
import io.taskgate.core.application.oversight.OversightFixture;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TenantOversightResourceTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:30:00Z");

    final InMemoryMembershipRepository members = new InMemoryMembershipRepository();
    final OversightFixture fixture = new OversightFixture();
    final TenantDashboardResource resource = new TenantDashboardResource();

    TenantAccess access;

    /** The resource as the filter leaves it for this person managing this tenant (or the filter's refusal). */
    TenantDashboardResource as(String username, String tenantId) {
        resource.admin = SignedInAs.managing(access, username, tenantId);
        return resource;
    }

    @BeforeEach
    void setUp() {
        members.add(new Membership("globex", "grace", "g@x.example", MemberRole.OWNER, NOW));
        members.add(new Membership("globex", "heidi", "h@x.example", MemberRole.CONTRACTOR, NOW));
        members.add(new Membership("globex", "ivan", "i@x.example", MemberRole.CONTRACTOR, NOW));
        members.add(new Membership("globex", "quinn", "q@x.example", MemberRole.CONTRACTOR, NOW));
        members.find("globex", "ivan").orElseThrow().changeStatus(MemberStatus.SUSPENDED, "a break", NOW.plusSeconds(3600), NOW);
        access = TenantAccessFixture.of(members, new Tenant("globex", "Globex", ZoneId.of("UTC"), 0),
                new Tenant("acme", "Acme", ZoneId.of("UTC"), 0));
        resource.oversight = fixture.oversight(members, NOW);
        fixture.score = new DeviationScore("globex", "heidi", NOW.minus(Duration.ofHours(1)));
        fixture.score.add(2.0, NOW.minus(Duration.ofHours(1)), MisusePolicy.defaults("globex"));
        fixture.requests.add(new UsageRecordBuilder("r1", NOW.minusSeconds(60), "chat.completions")
                .caller("s", "heidi", "TOKEN", null).task("globex", "globex-etl").intent("off_topic").build());
        fixture.requests.add(new UsageRecordBuilder("r2", NOW.minusSeconds(30), "chat.completions")
                .caller("s", "ivan", "TOKEN", null).task("globex", "globex-infra").outcome(403, "access_suspended").build());
    }

    @Test
    void theOwnerSeesFlaggedThenSuspendedMembersRefusalsByReasonAndTheIntentMixPerTask() {
        TenantOversight oversight = as("grace", "globex").oversight("globex", 7);
        assertEquals(List.of("heidi", "ivan"), oversight.attention().stream().map(MemberStanding::username).toList());
        assertEquals("BLOCK", oversight.attention().get(0).flagAction());
        assertEquals("SUSPENDED", oversight.attention().get(1).status());
        assertEquals(Map.of("access_suspended", 1L), oversight.refusals());
        assertEquals(7, oversight.intents().days().size());
        assertArrayEquals(new long[]{0, 0, 0, 0, 0, 0, 1}, oversight.intents().tasks().get(0).labels().get("off_topic"));
        assertEquals(1, oversight.intents().tasks().size(), "ivan's refused request has no intent to count");
    }

    @Test
    void aContractorGets403AnotherTenantsOwner404AndAWindowOutOfRange400() {
        assertEquals(403, assertThrows(AdminProblem.class, () -> as("heidi", "globex").oversight("globex", 7)).status());
        assertEquals(404, assertThrows(AdminProblem.class, () -> as("grace", "acme").oversight("acme", 7)).status());
        assertEquals(400, assertThrows(AdminProblem.class, () -> as("grace", "globex").oversight("globex", 93)).status());
    }
}

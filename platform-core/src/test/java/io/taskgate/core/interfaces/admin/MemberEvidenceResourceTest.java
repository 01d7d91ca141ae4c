package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.TenantAccess;
import io.taskgate.core.application.admin.TenantAccessFixture;
import io.taskgate.core.application.oversight.OversightFixture;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberEvidenceResourceTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:30:00Z");

    final InMemoryMembershipRepository members = new InMemoryMembershipRepository();
    final OversightFixture fixture = new OversightFixture();
    final MemberEvidenceResource resource = new MemberEvidenceResource();

    TenantAccess access;

    /** The resource as the filter leaves it for this person managing this tenant (or the filter's refusal). */
    MemberEvidenceResource as(String username, String tenantId) {
        resource.admin = SignedInAs.managing(access, username, tenantId);
        return resource;
    }

    @BeforeEach
    void setUp() {
        Tenant globex = new Tenant("globex", "Globex", ZoneId.of("UTC"), 30);
        Tenant acme = new Tenant("acme", "Acme", ZoneId.of("UTC"), 30);
        members.add(new Membership("globex", "grace", "g@x.example", MemberRole.OWNER, NOW));
        members.add(new Membership("globex", "heidi", "h@x.example", MemberRole.CONTRACTOR, NOW));
        members.add(new Membership("acme", "alice", "a@x.example", MemberRole.OWNER, NOW));
        access = TenantAccessFixture.of(members, globex, acme);
        resource.evidence = fixture.query(members, NOW);
    }

    void heidiWasFlagged() {
        Instant at = NOW.minus(Duration.ofHours(3));
        fixture.requests.add(new UsageRecordBuilder("req-1", at, "chat.completions").caller("s-heidi", "heidi", "TOKEN", null)
                .task("globex", "globex-etl").prompt("Plan my vacation in Rome").intent("off_topic").usage(20, 30, false).build());
        fixture.requests.add(new UsageRecordBuilder("req-2", NOW.minus(Duration.ofMinutes(10)), "chat.completions")
                .caller("s-heidi", "heidi", "TOKEN", null).task("globex", "globex-etl").intent("data").usage(5, 5, false).build());
        fixture.events.add(new MisuseEvent("globex", "heidi", "req-1", "globex-etl", at, "intent-marker", "MAJOR",
                "off_topic", 1.0, 2.1, "the model labelled the request off_topic [confidence 1.00]"));
        fixture.score = new DeviationScore("globex", "heidi", at);
        fixture.score.add(2.1, at, MisusePolicy.defaults("globex"));
        fixture.audit.add(new AuditEntry(at, "globex", "taskgate:misuse-detection", "member.blocked", "member", "heidi",
                "{\"status\":\"ACTIVE\"}", "{\"status\":\"BLOCKED\"}"));
    }

    @Test
    void anOwnerReadsTheScoreEachSignalWithItsPromptTheIntentMixActivityAndDecisions() {
        heidiWasFlagged();
        MemberEvidence evidence = as("grace", "globex").evidence("globex", "heidi", 7, 24);
        assertTrue(evidence.outlook().words().startsWith("Score 1.9 of 2.0. Flagged (blocked"), evidence.outlook().words());
        assertEquals(1, evidence.signals().size());
        assertEquals("Plan my vacation in Rome", evidence.signals().get(0).prompt());
        assertEquals(1.0, evidence.signals().get(0).confidence());
        assertEquals(2.1, evidence.scoreHistory().get(0).score());
        assertTrue(evidence.scoreHistory().get(0).signal());
        assertEquals(Map.of("data", 1L, "off_topic", 1L), evidence.intentMix().get(0).labels());
        assertEquals(24, evidence.activity().hours().size());
        assertEquals(1, evidence.activity().hours().get(23).requests(), "the request of 10 minutes ago is this hour's");
        assertEquals("Misuse detection set the status to blocked", evidence.decisions().get(0).words());
    }

    @Test
    void aMemberWithoutSignalsHasAnEmptyButTruthfulPage() {
        MemberEvidence evidence = as("grace", "globex").evidence("globex", "heidi", 7, 24);
        assertTrue(evidence.signals().isEmpty());
        assertEquals(0.0, evidence.outlook().score());
        assertEquals(2, evidence.outlook().majorSignalsToFlag());
    }

    @Test
    void aContractorIsRefused403AndAnotherTenantsOwner404() {
        heidiWasFlagged();
        assertEquals(403, assertThrows(AdminProblem.class, () -> as("heidi", "globex").evidence("globex", "heidi", 7, 24)).status());
        assertEquals(404, assertThrows(AdminProblem.class, () -> as("alice", "globex").evidence("globex", "heidi", 7, 24)).status());
    }

    @Test
    void anUnknownMemberIs404AndAWindowOutOfRangeIs400() {
        assertEquals(404, assertThrows(AdminProblem.class, () -> as("grace", "globex").evidence("globex", "bob", 7, 24)).status());
        assertEquals(400, assertThrows(AdminProblem.class, () -> as("grace", "globex").evidence("globex", "heidi", 0, 24)).status());
        assertEquals(400, assertThrows(AdminProblem.class, () -> as("grace", "globex").evidence("globex", "heidi", 7, 169)).status());
    }
}

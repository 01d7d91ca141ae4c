package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.core.application.misuse.ReviewDesk;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewCasesTest {

    static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");
    static final Tenant GLOBEX = new Tenant("globex", "Globex", ZoneId.of("UTC"), 0);

    final OversightFixture fixture = new OversightFixture();
    final InMemoryMembershipRepository members = new InMemoryMembershipRepository();
    final ReviewCases cases = new ReviewCases();

    static MisuseEvent signal(String user, String task, String source) {
        return new MisuseEvent("globex", user, "req-" + user + source, task, AT, source, "MAJOR", "off_topic", 1.0, 2.0,
                "seen [confidence 0.80]");
    }

    @BeforeEach
    void setUp() {
        members.add(new Membership("globex", "heidi", "h@x.example", MemberRole.CONTRACTOR, AT));
        members.add(new Membership("globex", "ivan", "i@x.example", MemberRole.CONTRACTOR, AT));
        ReviewDesk.Case heidi = new ReviewDesk.Case("heidi", 2.0, 2.0, AT, "BLOCK",
                List.of(signal("heidi", "globex-etl", "embedding"), signal("heidi", "globex-etl", "intent-marker")));
        ReviewDesk.Case ivan = new ReviewDesk.Case("ivan", 2.0, 2.0, AT, "BLOCK",
                List.of(signal("ivan", "globex-infra", "keywords")));
        cases.desk = new ReviewDesk() {
            @Override
            public List<Case> queue(Tenant tenant) { return List.of(heidi, ivan); }
            @Override
            public Case of(Tenant tenant, String username) { return username.equals("heidi") ? heidi : ivan; }
        };
        cases.members = members;
        cases.audit = fixture.audit();
        cases.evidence = fixture.query(members, AT);
        fixture.audit.add(new AuditEntry(AT.plusSeconds(60), "globex", "grace", "review.suspend", "member", "ivan",
                "{\"status\":\"BLOCKED\"}", "{\"status\":\"SUSPENDED\",\"statusReason\":\"until we talk\"}"));
    }

    @Test
    void eachCaseHasOneLinePerSignalAndTheDecisionsWithWhoTookThem() {
        List<ReviewCaseView> queue = cases.queue(GLOBEX, null, null);
        assertEquals(List.of("heidi", "ivan"), queue.stream().map(ReviewCaseView::username).toList());
        assertEquals("embedding: MAJOR off_topic (confidence 0.80) on globex-etl · seen", queue.get(0).evidence().get(0).why());
        assertEquals("grace suspended the member", queue.get(1).decisions().get(0).words());
        assertEquals("until we talk", queue.get(1).decisions().get(0).reason());
        assertEquals(List.of(), queue.get(0).decisions());
    }

    @Test
    void theQueueIsFilteredByTaskAndByDetector() {
        assertEquals(List.of("ivan"), cases.queue(GLOBEX, "globex-infra", null).stream().map(ReviewCaseView::username).toList());
        assertEquals(List.of("heidi"), cases.queue(GLOBEX, null, "intent-marker").stream().map(ReviewCaseView::username).toList());
        assertEquals(List.of(), cases.queue(GLOBEX, "globex-infra", "embedding"));
        assertEquals(2, cases.queue(GLOBEX, "globex-etl", "embedding").get(0).evidence().size(), "a case keeps all its signals");
    }
}

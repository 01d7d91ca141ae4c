package io.taskgate.core.application.access;

import io.taskgate.core.application.internal.CacheCoherenceTest;



import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.domain.model.member.InMemoryMembershipRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberAccessTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final TaskInfo CHECKOUT = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of("code"));

    final InMemoryMembershipRepository repository = new InMemoryMembershipRepository();
    final MemberAccess access = new MemberAccess();
    Membership bob;

    @BeforeEach
    void setUp() {
        MemberDirectory directory = new MemberDirectory();
        directory.members = repository;
        directory.ttlMillis = 0;
        directory.coherence = CacheCoherenceTest.coherenceOn(io.taskgate.core.infrastructure.persistence.QuotaDatabase.create());
        directory.init();
        access.members = directory;
        bob = new Membership("acme", "bob", "bob@acme.example", MemberRole.CONTRACTOR, NOW);
        bob.grant(Set.of("acme-checkout"), Set.of("chat.completions", "models"), Set.of("gpt-4o-mini"), NOW);
        repository.add(bob);
    }

    static Caller token(String user, Set<String> tasks) {
        return new Caller("sub-" + user, user, Caller.AuthKind.TOKEN, null, Set.of("acme", "globex"), tasks,
                Set.of("chat.completions", "embeddings"), Set.of("gpt-4o"), Set.of("contractor"));
    }

    @Test
    void theMembershipNotTheTokenDecidesWhatTheCallerMayUse() {
        MemberAccess.Decision decision = access.decide(token("bob", Set.of("acme-docs")), CHECKOUT, NOW);
        assertTrue(decision.refusal().isEmpty());
        Caller effective = decision.caller();
        assertEquals(Set.of("acme-checkout"), effective.tasks());
        assertEquals(Set.of("chat.completions", "models"), effective.endpoints());
        assertEquals(Set.of("gpt-4o-mini"), effective.models());
        assertEquals(Set.of("acme"), effective.tenants(), "only the task's tenant applies to this request");
    }

    @Test
    void anApiKeyNarrowsTheMembershipAndNeverWidensIt() {
        Caller key = new Caller("sub-bob", "bob", Caller.AuthKind.API_KEY, "k1", Set.of("acme"),
                Set.of("acme-checkout", "acme-legacy"), Set.of("chat.completions", "embeddings"), Set.of("gpt-4o-mini", "gpt-4o"),
                Set.of());
        Caller effective = access.decide(key, CHECKOUT, NOW).caller();
        assertEquals(Set.of("acme-checkout"), effective.tasks());
        assertEquals(Set.of("chat.completions"), effective.endpoints());
        assertEquals(Set.of("gpt-4o-mini"), effective.models());
    }

    @Test
    void someoneWithoutAMembershipIsRefusedEvenWithTheTaskInTheirToken() {
        var decision = access.decide(token("mallory", Set.of("acme-checkout")), CHECKOUT, NOW);
        assertEquals("task_not_allowed", decision.refusal().orElseThrow().code());
        assertEquals(403, decision.refusal().get().status());
    }

    @Test
    void aBlockTakesEffectOnTheNextRequest() {
        bob.changeStatus(MemberStatus.BLOCKED, "off-topic use", null, NOW);
        var refusal = access.decide(token("bob", Set.of("acme-checkout")), CHECKOUT, NOW).refusal().orElseThrow();
        assertEquals("access_blocked", refusal.code());
    }

    @Test
    void aSuspensionCarriesRetryAfter() {
        bob.changeStatus(MemberStatus.SUSPENDED, null, NOW.plusSeconds(90), NOW);
        var refusal = access.decide(token("bob", Set.of()), CHECKOUT, NOW).refusal().orElseThrow();
        assertEquals("90", refusal.headers().get("Retry-After"));
    }
}

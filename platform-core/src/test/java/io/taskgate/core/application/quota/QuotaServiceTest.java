package io.taskgate.core.application.quota;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.access.MemberDirectory;
import io.taskgate.core.application.access.RequestContext;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.quota.ActualUsage;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.QuotaLedger;
import io.taskgate.core.domain.model.quota.Remaining;
import io.taskgate.core.domain.model.quota.Reservation;
import io.taskgate.core.domain.model.quota.ReservationRequest;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.PricingTable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quota stages' way into the core, with fakes around it: where the member's limits, the task's quota and the
 * tenant's time zone come from, and what happens when they cannot be read.
 */
class QuotaServiceTest {

    static final Instant NOW = Instant.parse("2026-06-11T03:00:00Z");
    static final Caller BOB = new Caller("sub-b", "bob", Caller.AuthKind.TOKEN, null, Set.of("acme"),
            Set.of("acme-checkout"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());
    static final TaskInfo CHECKOUT = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of());

    final List<ReservationRequest> reserved = new ArrayList<>();
    final List<String> lookups = new ArrayList<>();
    final Membership membership = new Membership("acme", "bob", "bob@example.com", MemberRole.CONTRACTOR, NOW);
    boolean directoriesDown;
    boolean ledgerDown;

    final QuotaService service = new QuotaService();

    QuotaServiceTest() {
        membership.limit(new MemberLimits(1_000L, null, null, null, null, null, null, null), NOW);
        QuotaLedger ledger = new QuotaLedger() {
            @Override
            public Admission reserve(ReservationRequest request) {
                reserved.add(request);
                return new Admission.Unavailable("test: counters not consulted");
            }

            @Override
            public Remaining settle(Reservation reservation, ActualUsage actual) {
                return Remaining.NONE;
            }

            @Override
            public void maintain() {
                if (ledgerDown) {
                    throw new IllegalStateException("database away");
                }
                lookups.add("maintained");
            }
        };
        service.members = new MemberDirectory() {
            @Override
            public Optional<Membership> find(String tenantId, String username) {
                lookups.add("member " + username);
                failIfDown();
                return username.equals("bob") ? Optional.of(membership) : Optional.empty();
            }
        };
        service.tenants = new TenantDirectory() {
            @Override
            public Optional<Tenant> find(String tenantId) {
                lookups.add("tenant " + tenantId);
                failIfDown();
                return Optional.of(new Tenant(tenantId, "Acme", ZoneId.of("America/New_York"), 0));
            }
        };
        service.tasks = new TaskDirectory() {
            @Override
            public TaskQuota quota(TaskId id) {
                lookups.add("task quota " + id.value());
                failIfDown();
                return TaskQuota.NONE;
            }
        };
        service.ledger = ledger;
        service.guard = new QuotaGuard(ledger, Clock.fixed(NOW, ZoneOffset.UTC), PricingTable.defaults(), 4096);
    }

    private void failIfDown() {
        if (directoriesDown) {
            throw new IllegalStateException("no connection");
        }
    }

    static ProxyExchange exchange(Caller caller, RequestContext context) {
        ProxyExchange.ProxyRequestBody body = new ProxyExchange.ProxyRequestBody() {
            @Override
            public Optional<String> model() {
                return Optional.of("gpt-4o-mini");
            }

            @Override
            public String promptText() {
                return "Write a unit test";
            }
        };
        return context == null
                ? new ProxyExchange(NOW, System.nanoTime(), caller, CHECKOUT, Endpoint.CHAT_COMPLETIONS, body)
                : new ProxyExchange("req_1", NOW, System.nanoTime(), context, Endpoint.CHAT_COMPLETIONS, body);
    }

    @Test
    void aResolvedCallIsMeteredOnItsContextWithoutLookingAnythingUpAgain() {
        directoriesDown = true; // any lookup would fail the admission
        RequestContext context = new RequestContext(BOB, membership, CHECKOUT, TaskQuota.NONE,
                new Tenant("acme", "Acme", ZoneOffset.UTC, 0));

        StageResult result = service.admit(exchange(BOB, context));

        assertEquals(List.of(), lookups);
        assertEquals(1, reserved.size(), "the member's daily tokens were charged");
        assertEquals(membership.id(), reserved.get(0).memberKey());
        assertEquals("quota_unavailable", result.refusal().orElseThrow().code(), "the fake counters answer unavailable");
    }

    @Test
    void aCallWithoutAResolvedContextLooksUpMembershipTaskQuotaAndTimeZone() {
        service.admit(exchange(BOB, null));

        assertEquals(List.of("member bob", "tenant acme", "task quota acme-checkout"), lookups);
        assertEquals(1, reserved.size());
    }

    @Test
    void limitsThatCannotBeReadRefuseWith503QuotaUnavailableRatherThanAdmitUnmetered() {
        directoriesDown = true;

        StageResult result = service.admit(exchange(BOB, null));

        assertTrue(result.refused());
        assertEquals(503, result.refusal().orElseThrow().status());
        assertEquals("quota_unavailable", result.refusal().orElseThrow().code());
        assertEquals("5", result.refusal().orElseThrow().headers().get("Retry-After"));
        assertEquals(List.of(), reserved, "nothing was charged");
    }

    @Test
    void aCallerWithoutMembershipIsNotMeteredHereBecauseAccessWasDecidedBefore() {
        Caller stranger = new Caller("sub-x", "xavier", Caller.AuthKind.TOKEN, null, Set.of("acme"),
                Set.of("acme-checkout"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());

        StageResult result = service.admit(exchange(stranger, null));

        assertFalse(result.refused());
        assertEquals(List.of(), reserved);
    }

    @Test
    void housekeepingThatFailsIsLoggedAndTriedAgainNextTimeNotThrown() {
        ledgerDown = true;
        service.maintain();
        ledgerDown = false;
        service.maintain();
        assertEquals(List.of("maintained"), lookups);
    }
}

package io.taskgate.core.domain.model.member;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    Membership member() {
        Membership m = new Membership("acme", "bob", "bob@acme.example", MemberRole.CONTRACTOR, NOW);
        m.grant(Set.of("acme-checkout"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), NOW);
        return m;
    }

    @Test
    void anActiveMemberWithoutExpiryMayCall() {
        assertTrue(member().denial(NOW).isEmpty());
    }

    @Test
    void blockedAndBannedMembersAreRefusedWithAccessBlockedNamingTheReason() {
        for (MemberStatus status : new MemberStatus[]{MemberStatus.BLOCKED, MemberStatus.BANNED}) {
            Membership m = member();
            m.changeStatus(status, "personal use", null, NOW);
            MemberDenial denial = m.denial(NOW).orElseThrow();
            assertEquals("access_blocked", denial.code());
            assertEquals(403, denial.status());
            assertTrue(denial.message().contains("personal use") && denial.message().contains("project owner"));
        }
    }

    @Test
    void aSuspensionRefusesWithRetryAfterUntilItEnds() {
        Membership m = member();
        m.changeStatus(MemberStatus.SUSPENDED, null, NOW.plusSeconds(600), NOW);
        MemberDenial denial = m.denial(NOW).orElseThrow();
        assertEquals("access_suspended", denial.code());
        assertEquals(600, denial.retryAfterSeconds().getAsLong());
        assertTrue(m.denial(NOW.plusSeconds(600)).isEmpty(), "the suspension ends by itself");
    }

    @Test
    void offboardedMembersAreRefusedAsEnded() {
        Membership m = member();
        m.changeStatus(MemberStatus.OFFBOARDED, null, null, NOW);
        assertEquals("membership_ended", m.denial(NOW).orElseThrow().code());
    }

    @Test
    void accessEndsAtTheExpiryInstant() {
        Membership m = member();
        m.expireAccessAt(NOW.plusSeconds(1), NOW);
        assertTrue(m.denial(NOW).isEmpty());
        assertEquals("access_expired", m.denial(NOW.plusSeconds(1)).orElseThrow().code());
    }

    @Test
    void grantsAndLimitsRoundTrip() {
        Membership m = member();
        MemberLimits limits = new MemberLimits(1000L, null, new BigDecimal("5"), null, 10, null, 500L, 2);
        m.limit(limits, NOW);
        assertEquals(limits, m.limits());
        assertEquals(BudgetPeriod.MONTH, m.limits().budgetPeriod(), "a budget without period is monthly");
        m.grant(null, Set.of("models", "chat.completions"), null, NOW);
        assertEquals(Set.of("acme-checkout"), m.tasks(), "null leaves tasks as they were");
        assertEquals(Set.of("chat.completions", "models"), m.endpoints());
    }

    @Test
    void limitProblemsNameTheField() {
        MemberLimits bad = new MemberLimits(0L, null, new BigDecimal("-1"), BudgetPeriod.DAY, null, null, null, 0);
        assertEquals(3, bad.problems().size(), bad.problems().toString());
        assertTrue(bad.problems().contains("dailyTokens must be at least 1"));
        assertTrue(MemberLimits.UNLIMITED.problems().isEmpty());
        assertTrue(MemberLimits.UNLIMITED.unlimited());
    }
}

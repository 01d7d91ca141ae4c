package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvOnboardingTest {

    static final Tenant ACME = new Tenant("acme", "Acme", ZoneId.of("UTC"), 30);

    /** Records what would be onboarded; refuses the username "taken". */
    static class RecordingMembers extends MemberAdministration {
        final List<Onboarding> seen = new ArrayList<>();

        @Override
        public Onboarded onboard(String actor, Tenant tenant, Onboarding request) {
            seen.add(request);
            if ("taken".equals(request.username())) {
                throw AdminProblem.conflict("member_exists", "'taken' is already a member");
            }
            if (!request.limits().problems().isEmpty()) {
                throw AdminProblem.invalid("Invalid limits");
            }
            return new Onboarded(new Membership(tenant.id(), request.username(), request.email(), MemberRole.CONTRACTOR,
                    Instant.now()), true, true);
        }
    }

    final RecordingMembers members = new RecordingMembers();
    final CsvOnboarding csv = new CsvOnboarding();

    {
        csv.members = members;
    }

    @Test
    void eachRowIsOnboardedOnItsOwnWithItsListsAndLimits() {
        var rows = csv.onboard("alice", ACME, "Username,Email,Tasks,dailyTokens,budgetUsd,budgetPeriod\n"
                + "dave,dave@x.example,acme-checkout;acme-docs,1000,2.5,week\n"
                + "taken,t@x.example,acme-docs,,,\n"
                + "erin,erin@x.example,acme-docs,lots,,\n");
        assertEquals(List.of("created", "failed", "failed"), rows.stream().map(io.taskgate.api.admin.CsvRowResult::result).toList());
        assertEquals("member_exists", rows.get(1).code());
        assertEquals(3, rows.get(1).line());
        assertTrue(rows.get(2).message().contains("dailytokens"), rows.get(2).message());
        var dave = members.seen.get(0);
        assertEquals(Set.of("acme-checkout", "acme-docs"), dave.tasks());
        assertEquals(1000L, dave.limits().dailyTokens());
        assertEquals(new BigDecimal("2.5"), dave.limits().budgetUsd());
        assertEquals(BudgetPeriod.WEEK, dave.limits().budgetPeriod());
        assertEquals(null, dave.endpoints(), "no column: the gateway's default endpoints apply");
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderFailsAlone() {
        var rows = csv.onboard("alice", ACME, "username,email,tasks\na,a@x.example,t,extra\nb,b@x.example,t\n");
        assertEquals("failed", rows.get(0).result());
        assertEquals("created", rows.get(1).result());
    }

    @Test
    void aFileWithoutTheRequiredHeaderOrWithUnknownColumnsIsRefusedAsAWhole() {
        assertThrows(AdminProblem.class, () -> csv.onboard("alice", ACME, "name,mail\nx,y\n"));
        assertThrows(AdminProblem.class, () -> csv.onboard("alice", ACME, "username,email,tasks,salary\n"));
        assertThrows(AdminProblem.class, () -> csv.onboard("alice", ACME, ""));
    }
}

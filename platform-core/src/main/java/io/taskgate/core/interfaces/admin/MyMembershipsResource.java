package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.MemberView;
import io.taskgate.api.admin.MyMembership;
import io.taskgate.api.admin.OwnerContact;
import io.taskgate.api.admin.PeriodEnds;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.UsagePeriods;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.quota.QuotaWindow;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import io.taskgate.core.domain.model.usage.UsageHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The signed-in user's memberships: status and reason, grants, limits and their own usage today, this week, this month. */
@Path("api/me/memberships")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@SignedIn
public class MyMembershipsResource {

    @Inject
    AdminContext admin;

    @Inject
    MembershipRepository members;

    @Inject
    TenantRepository tenants;

    @Inject
    UsageHistory usage;

    @Inject
    io.taskgate.core.application.misuse.MemberWarnings warnings;

    @GET
    @Operation(summary = "Your memberships (every status but offboarded) with limits and your usage in the tenant's "
            + "today, this week (from Monday) and this month, when each period resets, and the owners to contact")
    public List<MyMembership> memberships() {
        Caller caller = admin.caller();
        Instant now = Instant.now();
        List<MyMembership> views = new ArrayList<>();
        for (Membership m : members.findByUsername(caller.username())) {
            Tenant tenant = tenants.find(m.tenantId()).orElse(null);
            if (tenant == null || m.status().name().equals("OFFBOARDED")) {
                continue;
            }
            UsagePeriods periods = UsagePeriods.of(tenant.timeZone(), now);
            var facts = usage.facts(tenant.id(), m.username(), periods.earliest(), now.plusSeconds(1));
            MemberView v = Views.of(m);
            views.add(new MyMembership(v.tenantId(), v.username(), v.subject(), v.email(), v.role(), v.status(),
                    v.statusReason(), v.suspendedUntil(), v.tasks(), v.endpoints(), v.models(), v.accessExpiresAt(),
                    v.limits(), v.createdAt(), v.updatedAt(), tenant.name(), tenant.timeZone().getId(),
                    periods.totals(facts, f -> true), warnings.of(m.tenantId(), m.username()).orElse(null),
                    resets(tenant, now), contacts(tenant.id())));
        }
        return views;
    }

    /** When the day, week and month windows of the limits end (the next reset), as instants. */
    static PeriodEnds resets(Tenant tenant, Instant now) {
        return new PeriodEnds(end(BudgetPeriod.DAY, tenant, now), end(BudgetPeriod.WEEK, tenant, now),
                end(BudgetPeriod.MONTH, tenant, now));
    }

    private static String end(BudgetPeriod period, Tenant tenant, Instant now) {
        return QuotaWindow.of(period, tenant.timeZone(), now).end().toString();
    }

    /** Whom a member asks about their access: the tenant's active owners. */
    private List<OwnerContact> contacts(String tenantId) {
        return members.findByTenant(tenantId).stream()
                .filter(owner -> owner.role() == MemberRole.OWNER && owner.status() == MemberStatus.ACTIVE)
                .map(owner -> new OwnerContact(owner.username(), owner.email())).toList();
    }
}

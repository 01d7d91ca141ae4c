package io.taskgate.core.interfaces.admin;

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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

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
    public List<Map<String, Object>> memberships() {
        Caller caller = admin.caller();
        Instant now = Instant.now();
        List<Map<String, Object>> views = new ArrayList<>();
        for (Membership m : members.findByUsername(caller.username())) {
            Tenant tenant = tenants.find(m.tenantId()).orElse(null);
            if (tenant == null || m.status().name().equals("OFFBOARDED")) {
                continue;
            }
            UsagePeriods periods = UsagePeriods.of(tenant.timeZone(), now);
            var facts = usage.facts(tenant.id(), m.username(), periods.earliest(), now.plusSeconds(1));
            Map<String, Object> view = Views.of(m);
            view.put("tenantName", tenant.name());
            view.put("timeZone", tenant.timeZone().getId());
            view.put("usage", periods.totals(facts, f -> true));
            view.put("warning", warnings.of(m.tenantId(), m.username()).orElse(null));
            view.put("resets", resets(tenant, now));
            view.put("contacts", contacts(tenant.id()));
            views.add(view);
        }
        return views;
    }

    /** When the day, week and month windows of the limits end (the next reset), as instants. */
    static Map<String, Object> resets(Tenant tenant, Instant now) {
        Map<String, Object> resets = new LinkedHashMap<>();
        for (BudgetPeriod period : List.of(BudgetPeriod.DAY, BudgetPeriod.WEEK, BudgetPeriod.MONTH)) {
            resets.put(period.name().toLowerCase(Locale.ROOT), QuotaWindow.of(period, tenant.timeZone(), now).end().toString());
        }
        return resets;
    }

    /** Whom a member asks about their access: the tenant's active owners. */
    private List<Map<String, Object>> contacts(String tenantId) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (Membership owner : members.findByTenant(tenantId)) {
            if (owner.role() == MemberRole.OWNER && owner.status() == MemberStatus.ACTIVE) {
                Map<String, Object> contact = new LinkedHashMap<>();
                contact.put("username", owner.username());
                contact.put("email", owner.email());
                contacts.add(contact);
            }
        }
        return contacts;
    }
}

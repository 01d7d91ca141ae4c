package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.UsagePeriods;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import io.taskgate.core.infrastructure.persistence.UsageQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The signed-in user's memberships: status and reason, grants, limits and their own usage today, this week, this month. */
@Path("api/me/memberships")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
public class MyMembershipsResource {

    @Inject
    AdminGuard guard;

    @Inject
    MembershipRepository members;

    @Inject
    TenantRepository tenants;

    @Inject
    UsageQueries usage;

    @Inject
    io.taskgate.core.application.misuse.MemberWarnings warnings;

    @GET
    @Operation(summary = "Your memberships (every status but offboarded) with limits and your usage in the tenant's "
            + "today, this week (from Monday) and this month")
    public List<Map<String, Object>> memberships(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        Caller caller = guard.signedIn(auth);
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
            views.add(view);
        }
        return views;
    }
}

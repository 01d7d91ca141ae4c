package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.MemberAdministration;
import io.taskgate.core.application.admin.TenantAccess;
import io.taskgate.core.application.admin.TenantAdministration;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.taskgate.api.admin.OnboardedOwner;
import io.taskgate.api.admin.TenantListing;
import io.taskgate.api.admin.TenantView;
import java.util.ArrayList;
import java.util.List;

/** Tenants: the platform admin creates them; owners read and change their own. */
@Path("api/tenants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tenants", description = "Project owners' workspaces")
public class TenantsResource {

    @Inject
    AdminContext admin;

    @Inject
    TenantAccess access;

    @Inject
    TenantRepository tenants;

    @Inject
    MembershipRepository members;

    @Inject
    TenantAdministration administration;

    @Inject
    MemberAdministration memberAdministration;

    /** A new tenant with its first owners (each onboarded like a member with role OWNER). */
    public record NewTenant(String id, String name, String timeZone, Integer promptRetentionDays, Integer maxKeyLifetimeDays,
                            List<MemberAdministration.Onboarding> owners) {
    }

    @GET
    @SignedIn
    @Operation(summary = "Tenants you belong to, with your standing in each (all tenants for a platform admin)")
    public List<TenantListing> list() {
        Caller caller = admin.caller();
        List<Tenant> visible = caller.roles().contains(TenantAccess.PLATFORM_ADMIN_ROLE) ? tenants.all()
                : members.findByUsername(caller.username()).stream()
                .filter(m -> m.status() != MemberStatus.OFFBOARDED && m.status() != MemberStatus.BANNED)
                .map(m -> tenants.find(m.tenantId())).flatMap(java.util.Optional::stream).toList();
        return visible.stream().map(tenant -> Views.listing(tenant, access.standing(caller, tenant.id()))).toList();
    }

    @POST
    @PlatformAdmin
    @Operation(summary = "Create a tenant and onboard its owners (platform admin)")
    public Response create(NewTenant request) {
        if (request == null) {
            throw AdminProblem.invalid("Send the tenant as JSON: {\"id\",\"name\",\"timeZone\",\"owners\":[...]}.");
        }
        List<MemberAdministration.Onboarding> requested = request.owners() == null ? List.of() : request.owners();
        requested.forEach(o -> {
            io.taskgate.core.application.admin.Inputs.username(o.username());
            io.taskgate.core.application.admin.Inputs.email(o.email());
        });
        Tenant tenant = administration.createTenant(admin.actor(), request.id(),
                new TenantAdministration.TenantChange(request.name(), request.timeZone(), request.promptRetentionDays(),
                        request.maxKeyLifetimeDays()));
        List<OnboardedOwner> owners = new ArrayList<>();
        for (MemberAdministration.Onboarding owner : requested) {
            var onboarding = new MemberAdministration.Onboarding(owner.username(), owner.email(), "OWNER",
                    java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null, null);
            var done = memberAdministration.onboard(admin.actor(), tenant, onboarding);
            // how the new owner sets a password; an activation code is shown only here
            owners.add(Views.owner(done.membership(), done.invitation() == null ? null : done.invitation().view()));
        }
        return Response.status(201).entity(Views.created(tenant, owners)).build();
    }

    @GET
    @TenantManager
    @Path("{tenantId}")
    @Operation(summary = "One tenant's settings (its owners and the platform admin)")
    public TenantView get(@PathParam("tenantId") String tenantId) {
        return Views.of(admin.tenant());
    }

    @PATCH
    @TenantManager
    @Path("{tenantId}")
    @Operation(summary = "Change a tenant's name, time zone or prompt retention")
    public TenantView update(@PathParam("tenantId") String tenantId, TenantAdministration.TenantChange change) {
        if (change == null) {
            throw AdminProblem.invalid("Send the fields to change as JSON.");
        }
        return Views.of(administration.reviseTenant(admin.actor(), admin.tenant(), change));
    }

}

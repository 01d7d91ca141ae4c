package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.Invitations;
import io.taskgate.core.application.admin.MemberAdministration;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.taskgate.api.admin.MemberAccountView;
import io.taskgate.api.admin.MemberView;
import java.util.List;
import java.util.Map;

/** A tenant's members: onboarding (one or CSV), grants, status, limits. Nobody is deleted; offboarding keeps records. */
@Path("api/tenants/{tenantId}/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members", description = "Contractors and owners of a tenant")
@TenantManager
public class MembersResource {

    @Inject
    AdminContext admin;

    @Inject
    MembershipRepository members;

    @Inject
    MemberAdministration administration;

    @Inject
    Invitations invitations;

    @GET
    @Operation(summary = "The tenant's members with status, grants and limits")
    public List<MemberAccountView> list(@PathParam("tenantId") String tenantId) {
        var all = members.findByTenant(admin.tenant().id());
        Map<String, String> states = invitations.states(admin.tenant().id(), all);
        return all.stream().map(m -> Views.withAccount(m, states.get(m.username()))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard one person: a new identity with a required password set-up, or an existing one linked")
    public Response onboard(@PathParam("tenantId") String tenantId,
                            MemberAdministration.Onboarding request) {
        if (request == null) {
            throw AdminProblem.invalid("Send the member as JSON: {\"username\",\"email\",\"tasks\":[...]}.");
        }
        var done = administration.onboard(admin.actor(), admin.tenant(), request);
        String account = done.invitation() == null ? Invitations.ACTIVE
                : done.invitation().sent() ? Invitations.INVITED : Invitations.EXPIRED;
        return Response.status(201).entity(Views.onboarded(done.membership(), done.identityCreated(),
                done.claimsSynced(), account, done.invitation() == null ? null : done.invitation().view())).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One member")
    public MemberAccountView get(@PathParam("tenantId") String tenantId, @PathParam("username") String username) {
        var member = administration.member(admin.tenant(), username);
        return Views.withAccount(member, invitations.state(member));
    }

    @POST
    @Path("{username}/invitation")
    @Operation(summary = "Send a new invitation to a member who has not set a password yet (the e-mail again, or a new "
            + "one-time activation code shown once); the older one stops working. 409 when the account is already set up")
    public Response invite(@PathParam("tenantId") String tenantId,
                           @PathParam("username") String username) {
        var issued = invitations.resend(admin.actor(), admin.tenant(), username);
        if (!issued.sent()) {
            throw new AdminProblem(503, "invitation_not_sent", issued.message());
        }
        return Response.status(201).entity(issued.view()).build();
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change status (ACTIVE re-enables, SUSPENDED needs suspendedUntil, BLOCKED, BANNED, OFFBOARDED), "
            + "tasks, endpoints, models, access expiry or role; applies from the next request")
    public MemberView change(@PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      MemberAdministration.MemberChange change) {
        if (change == null) {
            throw AdminProblem.invalid("Send the fields to change as JSON.");
        }
        return Views.of(administration.change(admin.actor(), admin.tenant(), username, change));
    }

    @PUT
    @Path("{username}/limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a member's limits; a missing or null limit means none. Applies from the next request")
    public MemberView limits(@PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      MemberLimits limits) {
        return Views.of(administration.limit(admin.actor(), admin.tenant(), username, limits));
    }
}

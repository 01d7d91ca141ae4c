package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.MemberAdministration;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** A tenant's members: onboarding (one or CSV), grants, status, limits. Nobody is deleted; offboarding keeps records. */
@Path("api/tenants/{tenantId}/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members", description = "Contractors and owners of a tenant")
public class MembersResource {

    @Inject
    AdminGuard guard;

    @Inject
    MembershipRepository members;

    @Inject
    MemberAdministration administration;

    @GET
    @Operation(summary = "The tenant's members with status, grants and limits")
    public List<Map<String, Object>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                          @PathParam("tenantId") String tenantId) {
        var managing = guard.manage(auth, tenantId);
        return members.findByTenant(managing.tenant().id()).stream().map(Views::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard one person: a new identity with a required password set-up, or an existing one linked")
    public Response onboard(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("tenantId") String tenantId,
                            MemberAdministration.Onboarding request) {
        var managing = guard.manage(auth, tenantId);
        if (request == null) {
            throw AdminProblem.invalid("Send the member as JSON: {\"username\",\"email\",\"tasks\":[...]}.");
        }
        var done = administration.onboard(managing.actor(), managing.tenant(), request);
        Map<String, Object> view = Views.of(done.membership());
        view.put("identityCreated", done.identityCreated());
        view.put("claimsSynced", done.claimsSynced());
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One member")
    public Map<String, Object> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                   @PathParam("tenantId") String tenantId, @PathParam("username") String username) {
        var managing = guard.manage(auth, tenantId);
        return Views.of(administration.member(managing.tenant(), username));
    }

    @PATCH
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change status (ACTIVE re-enables, SUSPENDED needs suspendedUntil, BLOCKED, BANNED, OFFBOARDED), "
            + "tasks, endpoints, models, access expiry or role; applies from the next request")
    public Map<String, Object> change(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                      @PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      MemberAdministration.MemberChange change) {
        var managing = guard.manage(auth, tenantId);
        if (change == null) {
            throw AdminProblem.invalid("Send the fields to change as JSON.");
        }
        return Views.of(administration.change(managing.actor(), managing.tenant(), username, change));
    }

    @PUT
    @Path("{username}/limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a member's limits; a missing or null limit means none. Applies from the next request")
    public Map<String, Object> limits(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                      @PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      MemberLimits limits) {
        var managing = guard.manage(auth, tenantId);
        return Views.of(administration.limit(managing.actor(), managing.tenant(), username, limits));
    }
}

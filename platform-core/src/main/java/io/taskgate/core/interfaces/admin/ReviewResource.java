package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.MemberView;
import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.Invitations;
import io.taskgate.core.application.admin.MemberAdministration;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.application.misuse.ReviewDesk;
import io.taskgate.core.application.oversight.ReviewCases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The review queue: members flagged by misuse detection, with the evidence, and the owner's decisions. */
@Path("api/tenants/{tenantId}/review")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review", description = "Flagged members and decisions on them")
@TenantManager
public class ReviewResource {

    @Inject
    AdminContext admin;

    @Inject
    ReviewDesk desk;

    @Inject
    ReviewCases cases;

    @Inject
    MemberAdministration members;

    @Inject
    Invitations invitations;

    /** An owner's decision: REENABLE (score reset), SUSPEND (with suspendedUntil) or BAN. */
    public record DecisionRequest(String decision, String reason, String suspendedUntil) {
    }

    @GET
    @Operation(summary = "Flagged members, newest flag first, each with score, threshold, status, one line per signal "
            + "with its evidence and the retained prompt, and the decisions taken (audit log); `task` and `source` "
            + "(a detector) keep only cases with such a signal")
    public List<ReviewCaseView> queue(@PathParam("tenantId") String tenantId, @QueryParam("task") String task,
                                      @QueryParam("source") String source) {
        return cases.queue(admin.tenant(), task, source);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One member's score and evidence (flagged or not)")
    public ReviewCaseView member(@PathParam("tenantId") String tenantId, @PathParam("username") String username) {
        return cases.of(admin.tenant(), memberName(username));
    }

    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on a member: REENABLE (score reset), SUSPEND (needs suspendedUntil) or BAN; audited")
    public MemberView decide(@PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      DecisionRequest request) {
        if (request == null) {
            throw AdminProblem.invalid("Send the decision as JSON: {\"decision\":\"REENABLE\"}.");
        }
        String member = memberName(username);
        var ruling = ReviewDesk.Ruling.parse(request.decision(), request.reason(), request.suspendedUntil());
        var decided = desk.decide(admin.actor(), admin.tenant(), member, ruling);
        invitations.endSessionsIfRemoved(decided); // a ban ends the person's Keycloak sessions too
        return Views.of(decided);
    }

    private String memberName(String username) {
        return members.member(admin.tenant(), username).username();
    }
}

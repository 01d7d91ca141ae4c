package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.core.application.oversight.MemberEvidenceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Why a member stands where they do: the evidence the owner decides on. */
@Path("api/tenants/{tenantId}/members/{username}/evidence")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@TenantManager
public class MemberEvidenceResource {

    @Inject
    AdminContext admin;

    @Inject
    MemberEvidenceQuery evidence;

    @GET
    @Operation(summary = "A member's standing and what the next threshold crossing does, the score over the last `days` "
            + "(1-30, default 7) with each signal (detector, label, confidence, evidence, retained prompt), the intent "
            + "mix per task, requests per hour over the last `hours` (1-168, default 24) against the member's own "
            + "baseline, and the decisions taken (audit log)")
    public MemberEvidence evidence(@PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                   @QueryParam("days") @DefaultValue("7") int days,
                                   @QueryParam("hours") @DefaultValue("24") int hours) {
        return evidence.of(admin.tenant(), username, days, hours);
    }
}

package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.CsvOnboarding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Bulk onboarding of a tenant's contractors from CSV. */
@Path("api/tenants/{tenantId}/onboarding")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class OnboardingResource {

    @Inject
    AdminGuard guard;

    @Inject
    CsvOnboarding csv;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Onboard many from CSV (header username,email,tasks[,role,endpoints,models,accessExpiresAt,"
            + "limits...]); one result per row, a bad row does not stop the others")
    public Map<String, Object> onboardCsv(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                          @PathParam("tenantId") String tenantId, String body) {
        var managing = guard.manage(auth, tenantId);
        var rows = csv.onboard(managing.actor(), managing.tenant(), body);
        long failed = rows.stream().filter(r -> r.result().equals("failed")).count();
        return Map.of("rows", rows, "succeeded", rows.size() - failed, "failed", failed);
    }

}

package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.CsvOnboardingResult;
import io.taskgate.core.application.admin.CsvOnboarding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Bulk onboarding of a tenant's contractors from CSV. */
@Path("api/tenants/{tenantId}/onboarding")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
@TenantManager
public class OnboardingResource {

    @Inject
    AdminContext admin;

    @Inject
    CsvOnboarding csv;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Onboard many from CSV (header username,email,tasks[,role,endpoints,models,accessExpiresAt,"
            + "limits...]); one result per row, a bad row does not stop the others")
    public CsvOnboardingResult onboardCsv(@PathParam("tenantId") String tenantId, String body) {
        var rows = csv.onboard(admin.actor(), admin.tenant(), body);
        long failed = rows.stream().filter(r -> r.result().equals("failed")).count();
        return new CsvOnboardingResult(rows, rows.size() - failed, failed);
    }

}

package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.AuditEntryView;
import io.taskgate.core.domain.model.audit.AuditRepository;
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

import java.util.List;

/** A tenant's audit log, for its owners. */
@Path("api/tenants/{tenantId}/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@TenantManager
public class TenantAuditResource {

    @Inject
    AdminContext admin;

    @Inject
    AuditRepository audit;

    @GET
    @Operation(summary = "The tenant's audit log, newest first")
    public List<AuditEntryView> tenant(@PathParam("tenantId") String tenantId,
                                            @QueryParam("offset") @DefaultValue("0") int offset,
                                            @QueryParam("limit") @DefaultValue("100") int limit) {
        return AuditResource.page(audit, tenantId, offset, limit);
    }

}

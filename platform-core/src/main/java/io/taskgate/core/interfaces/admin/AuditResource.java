package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.AuditEntryView;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The whole audit log (platform admin): who did what, when, before and after. */
@Path("api/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Every admin action")
@PlatformAdmin
public class AuditResource {

    @Inject
    AuditRepository audit;

    @GET
    @Operation(summary = "The whole audit log, newest first (platform admin)")
    public List<AuditEntryView> all(@QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        return page(audit, null, offset, limit);
    }

    static List<AuditEntryView> page(AuditRepository audit, String tenantId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw AdminProblem.invalid("offset must be 0 or more and limit between 1 and 1000.");
        }
        return audit.find(tenantId, offset, limit).stream().map(AuditResource::view).toList();
    }

    static AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id(), e.at().toString(), e.tenantId(), e.actor(), e.action(), e.targetType(),
                e.targetId(), e.before(), e.after());
    }
}

package io.taskgate.core.interfaces.admin;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public List<Map<String, Object>> all(@QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        return page(audit, null, offset, limit);
    }

    static List<Map<String, Object>> page(AuditRepository audit, String tenantId, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw AdminProblem.invalid("offset must be 0 or more and limit between 1 and 1000.");
        }
        return audit.find(tenantId, offset, limit).stream().map(AuditResource::view).toList();
    }

    static Map<String, Object> view(AuditEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", e.id());
        view.put("at", e.at().toString());
        view.put("tenantId", e.tenantId());
        view.put("actor", e.actor());
        view.put("action", e.action());
        view.put("targetType", e.targetType());
        view.put("targetId", e.targetId());
        view.put("before", e.before());
        view.put("after", e.after());
        return view;
    }
}

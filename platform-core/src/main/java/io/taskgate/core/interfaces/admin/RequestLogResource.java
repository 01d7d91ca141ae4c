package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.Inputs;
import io.taskgate.core.infrastructure.persistence.UsageQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** A tenant's request log: every request, allowed or refused, with prompt (if retained) and classification. */
@Path("api/tenants/{tenantId}/requests")
@ApplicationScoped
@Tag(name = "usage")
public class RequestLogResource {

    @Inject
    AdminGuard guard;

    @Inject
    UsageQueries usage;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The request log, newest first, paged and filtered by member, task, intent, status and time")
    public Map<String, Object> requests(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                        @PathParam("tenantId") String tenantId,
                                        @QueryParam("member") String member, @QueryParam("task") String task,
                                        @QueryParam("intent") String intent, @QueryParam("status") Integer status,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        guard.manage(auth, tenantId);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw AdminProblem.invalid("offset must be 0 or more and limit between 1 and 500.");
        }
        var filter = new UsageQueries.RequestFilter(tenantId, member, task, intent, status,
                Inputs.instant(from, "from"), Inputs.instant(to, "to"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", usage.countRequests(filter));
        body.put("offset", offset);
        body.put("limit", limit);
        body.put("items", usage.requests(filter, offset, limit).stream().map(MeResource::view).toList());
        return body;
    }

}

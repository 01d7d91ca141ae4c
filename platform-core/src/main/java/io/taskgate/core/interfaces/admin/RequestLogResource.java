package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.oversight.RequestLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's request log: every request, allowed or refused, with prompt (if retained), intent and signals. */
@Path("api/tenants/{tenantId}/requests")
@ApplicationScoped
@Tag(name = "usage")
@TenantManager
public class RequestLogResource {

    @Inject
    AdminContext admin;

    @Inject
    RequestLog log;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The request log, newest first, paged and filtered by member, task, intent, status, time, "
            + "detector verdict (signalled, clean, major, slight) and detector (source); each request with its "
            + "signals; format=csv exports what is filtered (up to 10,000 rows, no paging)")
    public Response requests(@PathParam("tenantId") String tenantId,
                             @QueryParam("member") String member, @QueryParam("task") String task,
                             @QueryParam("intent") String intent, @QueryParam("status") Integer status,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("verdict") String verdict, @QueryParam("source") String source,
                             @QueryParam("offset") @DefaultValue("0") int offset,
                             @QueryParam("limit") @DefaultValue("50") int limit,
                             @QueryParam("format") @DefaultValue("json") String format) {
        var query = new RequestLog.Query(member, task, intent, status, from, to, verdict, source);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(log.csv(admin.tenant(), query), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"requests-" + admin.tenant().id() + ".csv\"")
                    .build();
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw AdminProblem.invalid("format must be json or csv.");
        }
        return Response.ok(log.page(admin.tenant(), query, offset, limit), MediaType.APPLICATION_JSON_TYPE).build();
    }
}

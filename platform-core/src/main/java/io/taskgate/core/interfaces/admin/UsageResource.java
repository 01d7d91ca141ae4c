package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.UsageReportView;
import io.taskgate.api.admin.UsageRow;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.UsageReport;
import io.taskgate.core.domain.model.usage.UsageHistory;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A tenant's usage: totals per member, task or day (JSON or CSV) and the request log. */
@Path("api/tenants/{tenantId}/usage")
@ApplicationScoped
@Tag(name = "usage", description = "What a tenant's members used")
@TenantManager
public class UsageResource {

    private static final Duration MAX_RANGE = Duration.ofDays(366);

    @Inject
    AdminContext admin;

    @Inject
    UsageHistory usage;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Requests, refusals, tokens and cost grouped by member, task or day (tenant's time zone); "
            + "from/to are dates (to exclusive, default: the last 30 days); format=csv for a download")
    public Response usage(@PathParam("tenantId") String tenantId,
                          @QueryParam("groupBy") @DefaultValue("member") String groupBy,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("format") @DefaultValue("json") String format) {
        ZoneId zone = admin.tenant().timeZone();
        UsageReport.GroupBy grouping = UsageReport.GroupBy.parse(groupBy);
        LocalDate toDay = to == null ? LocalDate.now(zone).plusDays(1) : date(to, "to");
        LocalDate fromDay = from == null ? toDay.minusDays(30) : date(from, "from");
        Instant start = fromDay.atStartOfDay(zone).toInstant();
        Instant end = toDay.atStartOfDay(zone).toInstant();
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw AdminProblem.invalid("from must be before to, at most 366 days apart.");
        }
        var rows = UsageReport.group(usage.facts(tenantId, start, end), grouping, zone);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(UsageReport.csv(rows, grouping), "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"" + tenantId + "-usage-by-"
                            + grouping.name().toLowerCase(java.util.Locale.ROOT) + ".csv\"").build();
        }
        if (!"json".equalsIgnoreCase(format)) {
            throw AdminProblem.invalid("format must be json or csv.");
        }
        var body = new UsageReportView(tenantId, grouping.name().toLowerCase(java.util.Locale.ROOT), fromDay.toString(),
                toDay.toString(), zone.getId(), rows.stream().map(r -> new UsageRow(r.key(), r.requests(), r.refused(),
                r.promptTokens(), r.completionTokens(), r.costUsd())).toList());
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static LocalDate date(String value, String what) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw AdminProblem.invalid(what + " must be a date such as 2026-11-01.");
        }
    }
}

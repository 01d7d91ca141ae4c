package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.DailyTokens;
import io.taskgate.api.admin.MemberTokens;
import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.TenantDashboard;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.UsagePeriods;
import io.taskgate.core.application.oversight.TenantOversightQuery;
import io.taskgate.core.domain.model.usage.UsageHistory.UsageFact;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An owner's dashboard figures in one call: period totals, per-member period totals and daily tokens by member. */
@Path("api/tenant-dashboards/{tenantId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "usage")
@TenantManager
public class TenantDashboardResource {

    @Inject
    io.taskgate.core.domain.model.misuse.MisuseRepository misuse;

    @Inject
    AdminContext admin;

    @Inject
    TenantOversightQuery oversight;

    @Inject
    UsageHistory usage;

    @GET
    @Operation(summary = "Tokens, cost and requests today, this week and this month (tenant's time zone), the same per "
            + "member, and daily tokens stacked by member over the last `days` days (1-92, default 14)")
    public TenantDashboard dashboard(@PathParam("tenantId") String tenantId,
                                         @QueryParam("days") @DefaultValue("14") int days) {
        if (days < 1 || days > 92) {
            throw AdminProblem.invalid("days must be between 1 and 92.");
        }
        ZoneId zone = admin.tenant().timeZone();
        Instant now = Instant.now();
        UsagePeriods periods = UsagePeriods.of(zone, now);
        LocalDate firstDay = now.atZone(zone).toLocalDate().minusDays(days - 1L);
        Instant dailyStart = firstDay.atStartOfDay(zone).toInstant();
        Instant start = dailyStart.isBefore(periods.earliest()) ? dailyStart : periods.earliest();
        List<UsageFact> facts = usage.facts(tenantId, start, now.plusSeconds(1));

        PeriodTotals all = periods.totals(facts, f -> true);
        Map<String, List<UsageFact>> factsByMember = facts.stream()
                .collect(java.util.stream.Collectors.groupingBy(TenantDashboardResource::name, java.util.TreeMap::new,
                        java.util.stream.Collectors.toList()));
        TreeMap<String, PeriodTotals> byMember = new TreeMap<>();
        factsByMember.forEach((member, own) -> byMember.put(member, periods.totals(own, f -> true)));
        return new TenantDashboard(tenantId, zone.getId(), all.today(), all.week(), all.month(), byMember,
                daily(facts, zone, firstDay, days, dailyStart), misuse.flagged(tenantId).size());
    }

    @GET
    @jakarta.ws.rs.Path("oversight")
    @Operation(summary = "Intent mix per task per day over the last `days` days (1-92, default 14; tenant's time zone), "
            + "the members flagged, suspended, blocked or banned with their score, and refusals per reason")
    public TenantOversight oversight(@PathParam("tenantId") String tenantId,
                                     @QueryParam("days") @DefaultValue("14") int days) {
        return oversight.of(admin.tenant(), days);
    }

    /** The dates and each member's tokens per date. */
    private static DailyTokens daily(List<UsageFact> facts, ZoneId zone, LocalDate firstDay, int days, Instant from) {
        List<String> dates = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            dates.add(firstDay.plusDays(i).toString());
        }
        Map<String, long[]> tokens = new TreeMap<>();
        for (UsageFact f : facts) {
            if (f.at().isBefore(from)) {
                continue;
            }
            int index = (int) (f.at().atZone(zone).toLocalDate().toEpochDay() - firstDay.toEpochDay());
            if (index >= 0 && index < days) {
                tokens.computeIfAbsent(name(f), k -> new long[days])[index] += f.promptTokens() + f.completionTokens();
            }
        }
        List<MemberTokens> series = new ArrayList<>();
        tokens.forEach((member, perDay) -> series.add(new MemberTokens(member, perDay)));
        return new DailyTokens(dates, series);
    }

    private static String name(UsageFact f) {
        return f.username() == null ? "(unknown)" : f.username();
    }
}

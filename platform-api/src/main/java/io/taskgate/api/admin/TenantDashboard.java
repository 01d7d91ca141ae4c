package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.SortedMap;

/**
 * An owner's dashboard: the tenant's usage today, this week and this month, the same per member (by username, in order),
 * daily tokens by member, and how many members are flagged.
 */
public record TenantDashboard(String tenantId, String timeZone, UsageTotals today, UsageTotals week,
                              UsageTotals month, SortedMap<String, PeriodTotals> members, DailyTokens daily, int flagged)
        implements Serializable {
}

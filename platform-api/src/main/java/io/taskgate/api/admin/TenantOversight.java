package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;
import java.util.SortedMap;

/**
 * The dashboard's misuse view of a tenant: intent mix per task over the days, the members flagged, suspended,
 * blocked or banned, and refusals per reason (by refusal code) over the same days.
 */
public record TenantOversight(String tenantId, String timeZone, IntentTimeline intents, List<MemberStanding> attention,
                              SortedMap<String, Long> refusals) implements Serializable {
}

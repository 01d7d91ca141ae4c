package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The contractor's standing in each tenant: status and reason, tasks, usage today and this week, quota bars. */
@Named
@RequestScoped
public class MyMemberships {

    @Inject
    CoreApi core;

    private List<Map<String, Object>> memberships = List.of();
    private String problem;

    @PostConstruct
    void load() {
        try {
            memberships = Plain.maps(core.get("/api/me/memberships"));
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    /** The limits against usage, each with when it resets in the tenant's time zone. */
    @SuppressWarnings("unchecked")
    public List<QuotaBar> bars(Map<String, Object> membership) {
        Map<String, Object> resets = (Map<String, Object>) membership.get("resets");
        return QuotaBar.of((Map<String, Object>) membership.get("limits"), (Map<String, Object>) membership.get("usage"))
                .stream().map(b -> resets == null ? b : b.resetting(AccessNotice.resets(
                        resets.get(b.period().toLowerCase(java.util.Locale.ROOT)), membership.get("timeZone"))))
                .toList();
    }

    /** What is wrong with the member's access in plain words, or null when nothing is. */
    public AccessNotice notice(Map<String, Object> membership) {
        return AccessNotice.of(membership, Instant.now()).orElse(null);
    }

    /** The allowance that ran out, with when it comes back, or null. */
    public String exhausted(Map<String, Object> membership) {
        return bars(membership).stream().filter(QuotaBar::isExceeded).findFirst()
                .map(b -> "You have used all of your allowance (" + b.label().toLowerCase(java.util.Locale.ROOT) + ": "
                        + b.limit() + "). Requests are refused with 429 quota_exceeded until it "
                        + (b.resets() == null ? "resets." : b.resets() + ".")
                        + " Ask a project owner if you need more.")
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    public Object usage(Map<String, Object> membership, String period, String figure) {
        Map<String, Object> usage = (Map<String, Object>) membership.get("usage");
        return ((Map<String, Object>) usage.get(period)).get(figure);
    }

    public List<Map<String, Object>> getMemberships() {
        return memberships;
    }

    public String getProblem() {
        return problem;
    }
}

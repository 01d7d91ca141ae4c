package io.taskgate.web;

import io.taskgate.api.admin.MyMembership;
import io.taskgate.api.admin.PeriodEnds;
import io.taskgate.api.admin.UsageTotals;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

/** The contractor's standing in each tenant: status and reason, tasks, usage today and this week, quota bars. */
@Named
@RequestScoped
public class MyMemberships {

    @Inject
    CoreApi core;

    private List<MyMembership> memberships = List.of();
    private String problem;

    @PostConstruct
    void load() {
        try {
            memberships = core.list("/api/me/memberships", MyMembership.class);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    /** The limits against usage, each with when it resets in the tenant's time zone. */
    public List<QuotaBar> bars(MyMembership membership) {
        PeriodEnds resets = membership.resets();
        return QuotaBar.of(membership.limits(), membership.usage()).stream()
                .map(b -> resets == null ? b : b.resetting(AccessNotice.resets(end(resets, b.period()),
                        membership.timeZone())))
                .toList();
    }

    private static String end(PeriodEnds resets, String period) {
        return switch (period) {
            case "DAY" -> resets.day();
            case "WEEK" -> resets.week();
            default -> resets.month();
        };
    }

    /** What is wrong with the member's access in plain words, or null when nothing is. */
    public AccessNotice notice(MyMembership membership) {
        return AccessNotice.of(membership, Instant.now()).orElse(null);
    }

    /** The allowance that ran out, with when it comes back, or null. */
    public String exhausted(MyMembership membership) {
        return bars(membership).stream().filter(QuotaBar::isExceeded).findFirst()
                .map(b -> "You have used all of your allowance (" + b.label().toLowerCase(java.util.Locale.ROOT) + ": "
                        + b.limit() + "). Requests are refused with 429 quota_exceeded until it "
                        + (b.resets() == null ? "resets." : b.resets() + ".")
                        + " Ask a project owner if you need more.")
                .orElse(null);
    }

    /** One figure (tokens, costUsd or requests) of the usage today or this week. */
    public Object usage(MyMembership membership, String period, String figure) {
        UsageTotals totals = "week".equals(period) ? membership.usage().week()
                : "month".equals(period) ? membership.usage().month() : membership.usage().today();
        return switch (figure) {
            case "tokens" -> totals.tokens();
            case "costUsd" -> totals.costUsd();
            case "refused" -> totals.refused();
            default -> totals.requests();
        };
    }

    public List<MyMembership> getMemberships() {
        return memberships;
    }

    public String getProblem() {
        return problem;
    }
}

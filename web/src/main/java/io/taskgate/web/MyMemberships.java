package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    @SuppressWarnings("unchecked")
    public List<QuotaBar> bars(Map<String, Object> membership) {
        return QuotaBar.of((Map<String, Object>) membership.get("limits"), (Map<String, Object>) membership.get("usage"));
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

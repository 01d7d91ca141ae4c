package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** A tenant's members with status (and reason), tasks and quota bars (limits against usage today and this month). */
@Named
@RequestScoped
public class MembersPage {

    @Inject
    CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<Map<String, Object>> members = List.of();
    private Map<String, Object> usage = Map.of();
    private String problem;

    @PostConstruct
    @SuppressWarnings("unchecked")
    void load() {
        tenant = console.getTenant();
        try {
            members = Plain.maps(core.get("/api/tenants/" + CoreApi.enc(tenant) + "/members"));
            usage = (Map<String, Object>) Plain.map(core.get("/api/tenant-dashboards/" + CoreApi.enc(tenant) + "?days=1")
                    .asJsonObject()).get("members");
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    public List<QuotaBar> bars(Map<String, Object> member) {
        return QuotaBar.of((Map<String, Object>) member.get("limits"), (Map<String, Object>) usage.get(member.get("username")));
    }

    public String getTenant() {
        return tenant;
    }

    public List<Map<String, Object>> getMembers() {
        return members;
    }

    public String getProblem() {
        return problem;
    }
}

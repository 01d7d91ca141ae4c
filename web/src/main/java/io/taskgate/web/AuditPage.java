package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** A tenant's audit log (its newest 500 entries, paged in the browser); the platform admin's is under Tenants. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<Map<String, Object>> entries = List.of();
    private String problem;

    @PostConstruct
    void load() {
        tenant = console.getTenant();
        try {
            entries = Plain.maps(core.get("/api/tenants/" + CoreApi.enc(tenant) + "/audit?offset=0&limit=500"));
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public String getTenant() { return tenant; }
    public List<Map<String, Object>> getEntries() { return entries; }
    public String getProblem() { return problem; }
}

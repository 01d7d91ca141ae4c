package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** A tenant's audit log, or with {@code ?scope=all} the platform admin's whole log (newest 500, paged in the browser). */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private boolean all;
    private List<Map<String, Object>> entries = List.of();
    private String problem;

    @PostConstruct
    void load() {
        tenant = console.getTenant();
        all = "all".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("scope"));
        try {
            entries = Plain.maps(core.get(all ? "/api/audit?offset=0&limit=500"
                    : "/api/tenants/" + CoreApi.enc(tenant) + "/audit?offset=0&limit=500"));
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public String getTenant() { return all ? "all tenants" : tenant; }
    public List<Map<String, Object>> getEntries() { return entries; }
    public String getProblem() { return problem; }
}

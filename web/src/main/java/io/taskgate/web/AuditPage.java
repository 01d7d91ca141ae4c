package io.taskgate.web;

import io.taskgate.api.admin.AuditEntryView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

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
    private List<AuditEntryView> entries = List.of();
    private String problem;

    @PostConstruct
    void load() {
        tenant = console.getTenant();
        all = "all".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("scope"));
        try {
            entries = core.list(all ? "/api/audit?offset=0&limit=500"
                    : "/api/tenants/" + CoreApi.enc(tenant) + "/audit?offset=0&limit=500", AuditEntryView.class);
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public String getTenant() { return all ? "all tenants" : tenant; }
    public List<AuditEntryView> getEntries() { return entries; }
    public String getProblem() { return problem; }
}

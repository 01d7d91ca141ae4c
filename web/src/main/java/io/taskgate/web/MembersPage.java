package io.taskgate.web;

import io.taskgate.api.admin.MemberAccountView;
import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.TenantDashboard;
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
    private List<MemberAccountView> members = List.of();
    private Map<String, PeriodTotals> usage = Map.of();
    private String problem;

    @PostConstruct
    void load() {
        tenant = console.getTenant();
        try {
            members = core.list("/api/tenants/" + CoreApi.enc(tenant) + "/members", MemberAccountView.class);
            usage = core.get("/api/tenant-dashboards/" + CoreApi.enc(tenant) + "?days=1", TenantDashboard.class).members();
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public List<QuotaBar> bars(MemberAccountView member) {
        return QuotaBar.of(member.limits(), usage == null ? null : usage.get(member.username()));
    }

    public String getTenant() {
        return tenant;
    }

    public List<MemberAccountView> getMembers() {
        return members;
    }

    public String getProblem() {
        return problem;
    }
}

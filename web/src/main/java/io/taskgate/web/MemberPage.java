package io.taskgate.web;

import io.taskgate.api.admin.ApiKeyView;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.MemberAccountView;
import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.api.admin.PeriodTotals;
import io.taskgate.api.admin.SignalView;
import io.taskgate.api.admin.TaskView;
import io.taskgate.api.admin.TenantDashboard;
import io.taskgate.api.admin.UsageTotals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One member: standing and the evidence behind it (score chart, signals, intent mix, activity against their baseline,
 * decisions taken), the owner's decisions beside it, usage, tasks, keys and the request log. Limits: {@link LimitsForm}.
 */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private String username;
    private MemberAccountView member;
    private InvitationView invitation;
    private List<String> tenantTasks = List.of();
    private List<ApiKeyView> keys = List.of();
    private RequestLogModel log;
    private String problem;
    private PeriodTotals usage;
    private String reason;
    private LocalDateTime suspendedUntil;
    private List<String> tasks = new ArrayList<>();
    private EvidencePanel evidence;
    private String evidenceProblem;
    private SignalView selectedSignal;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        username = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("u");
        log = new RequestLogModel(tenant, username);
        load();
    }

    public void load() {
        try {
            member = core.get(base(), MemberAccountView.class);
            tasks = new ArrayList<>(member.tasks());
            tenantTasks = core.list("/api/tenants/" + CoreApi.enc(tenant) + "/tasks", TaskView.class).stream()
                    .map(TaskView::id).toList();
            usage = core.get("/api/tenant-dashboards/" + CoreApi.enc(tenant) + "?days=1", TenantDashboard.class)
                    .members().get(username);
            keys = core.list(base() + "/keys", ApiKeyView.class).stream().filter(k -> k.revokedAt() == null).toList();
            problem = null;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
            return;
        }
        try {
            evidence = new EvidencePanel(core.get(base() + "/evidence?days=7&hours=24", MemberEvidence.class));
            evidenceProblem = null;
        } catch (CoreApi.CoreApiException e) {
            evidence = null;
            evidenceProblem = "The evidence could not be read: " + e.getMessage();
        }
    }

    /** A click on a signal's point in the score chart opens that signal below the chart. */
    public void selectSignal(org.primefaces.event.ItemSelectEvent event) {
        int index = evidence == null ? -1 : evidence.scoreChart().signalAt(event.getDataSetIndex(), event.getItemIndex());
        selectedSignal = index < 0 ? null : evidence.getSignals().get(index);
    }

    /**
     * An owner's decision from the review desk ({@code POST .../review/{u}}): REENABLE (also resets the score and
     * clears the flag), SUSPEND (until the chosen time) or BAN; audited as review decisions.
     */
    public void decide(String decision) {
        StringBuilder body = new StringBuilder("{\"decision\":").append(Plain.quote(decision));
        if (reason != null && !reason.isBlank()) {
            body.append(",\"reason\":").append(Plain.quote(reason));
        }
        if (suspendedUntil != null) {
            body.append(",\"suspendedUntil\":").append(Plain.quote(suspendedUntil.toInstant(ZoneOffset.UTC).toString()));
        }
        try {
            core.post("/api/tenants/" + CoreApi.enc(tenant) + "/review/" + CoreApi.enc(username), body.append('}').toString());
            Notices.done(switch (decision) {
                case "REENABLE" -> username + " re-enabled; score reset";
                case "SUSPEND" -> username + " suspended";
                default -> username + " banned";
            });
            reason = null;
            selectedSignal = null;
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("No decision recorded", e);
        }
    }

    public String base() {
        return "/api/tenants/" + CoreApi.enc(tenant) + "/members/" + CoreApi.enc(username);
    }

    /** ACTIVE re-enables; SUSPENDED needs an end; BLOCKED and BANNED take the reason. */
    public void changeStatus(String status) {
        StringBuilder body = new StringBuilder("{\"status\":").append(Plain.quote(status));
        if (reason != null && !reason.isBlank()) {
            body.append(",\"reason\":").append(Plain.quote(reason));
        }
        if ("SUSPENDED".equals(status) && suspendedUntil != null) {
            body.append(",\"suspendedUntil\":").append(Plain.quote(suspendedUntil.toInstant(ZoneOffset.UTC).toString()));
        }
        patch(body.append('}').toString(), status.equals("ACTIVE") ? username + " re-enabled" : username + " is now " + status);
    }

    /** Sends a new invitation (e-mail, or a one-time activation code shown once on this page). */
    public void invite() {
        try {
            invitation = core.post(base() + "/invitation", "{}", InvitationView.class);
            Notices.done("Invitation for " + username + " sent");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("No invitation was sent", e);
        }
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public void saveTasks() {
        patch("{\"tasks\":" + Plain.array(tasks) + "}", "Tasks of " + username + " saved");
    }

    public void revokeKey(String keyId) {
        try {
            core.delete(base() + "/keys/" + CoreApi.enc(keyId));
            Notices.done("Key " + keyId + " revoked");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("The key was not revoked", e);
        }
    }

    private void patch(String body, String done) {
        try {
            core.patch(base(), body);
            Notices.done(done);
            reason = null;
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Not changed", e);
        }
    }

    /** Quota bars: the member's limits against their usage in the same period. */
    public List<QuotaBar> getBars() {
        return member == null ? List.of() : QuotaBar.of(member.limits(), usage);
    }

    /** The member's tokens today or this month. */
    public Object usage(String period) {
        if (usage == null) {
            return 0;
        }
        UsageTotals totals = "month".equals(period) ? usage.month() : "week".equals(period) ? usage.week() : usage.today();
        return totals == null ? 0 : totals.tokens();
    }

    public EvidencePanel getEvidence() { return evidence; }
    public String getEvidenceProblem() { return evidenceProblem; }
    public SignalView getSelectedSignal() { return selectedSignal; }
    public String getTenant() { return tenant; }
    public String getUsername() { return username; }
    public MemberAccountView getMember() { return member; }
    public List<String> getTenantTasks() { return tenantTasks; }
    public List<ApiKeyView> getKeys() { return keys; }
    public RequestLogModel getLog() { return log; }
    public String getProblem() { return problem; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getSuspendedUntil() { return suspendedUntil; }
    public void setSuspendedUntil(LocalDateTime suspendedUntil) { this.suspendedUntil = suspendedUntil; }
    public List<String> getTasks() { return tasks; }
    public void setTasks(List<String> tasks) { this.tasks = tasks; }
}

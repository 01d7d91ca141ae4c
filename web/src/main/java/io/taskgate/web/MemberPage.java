package io.taskgate.web;

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
import java.util.Map;

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
    private Map<String, Object> member;
    private Map<String, Object> invitation;
    private List<String> tenantTasks = List.of();
    private List<Map<String, Object>> keys = List.of();
    private RequestLogModel log;
    private String problem;
    private Map<String, Object> usage = Map.of();
    private String reason;
    private LocalDateTime suspendedUntil;
    private List<String> tasks = new ArrayList<>();
    private MemberEvidence evidence;
    private String evidenceProblem;
    private Map<String, Object> selectedSignal;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        username = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("u");
        log = new RequestLogModel(tenant, username);
        load();
    }

    @SuppressWarnings("unchecked")
    public void load() {
        try {
            member = Plain.map(core.get(base()).asJsonObject());
            tasks = new ArrayList<>((List<String>) (List<?>) member.get("tasks"));
            tenantTasks = Plain.maps(core.get("/api/tenants/" + CoreApi.enc(tenant) + "/tasks")).stream()
                    .map(t -> (String) t.get("id")).toList();
            Map<String, Object> members = (Map<String, Object>) Plain.map(core.get("/api/tenant-dashboards/"
                    + CoreApi.enc(tenant) + "?days=1").asJsonObject()).get("members");
            usage = (Map<String, Object>) members.getOrDefault(username, Map.of());
            keys = Plain.maps(core.get(base() + "/keys")).stream().filter(k -> k.get("revokedAt") == null).toList();
            problem = null;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
            return;
        }
        try {
            evidence = new MemberEvidence(Plain.map(core.get(base() + "/evidence?days=7&hours=24").asJsonObject()));
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
            invitation = Plain.map(core.post(base() + "/invitation", "{}").asJsonObject());
            Notices.done("Invitation for " + username + " sent");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("No invitation was sent", e);
        }
    }

    public Map<String, Object> getInvitation() {
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
    @SuppressWarnings("unchecked")
    public List<QuotaBar> getBars() {
        return member == null ? List.of() : QuotaBar.of((Map<String, Object>) member.get("limits"), usage);
    }

    @SuppressWarnings("unchecked")
    public Object usage(String period) {
        Map<String, Object> totals = (Map<String, Object>) usage.get(period);
        return totals == null ? 0 : totals.get("tokens");
    }

    public MemberEvidence getEvidence() { return evidence; }
    public String getEvidenceProblem() { return evidenceProblem; }
    public Map<String, Object> getSelectedSignal() { return selectedSignal; }
    public String getTenant() { return tenant; }
    public String getUsername() { return username; }
    public Map<String, Object> getMember() { return member; }
    public List<String> getTenantTasks() { return tenantTasks; }
    public List<Map<String, Object>> getKeys() { return keys; }
    public RequestLogModel getLog() { return log; }
    public String getProblem() { return problem; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDateTime getSuspendedUntil() { return suspendedUntil; }
    public void setSuspendedUntil(LocalDateTime suspendedUntil) { this.suspendedUntil = suspendedUntil; }
    public List<String> getTasks() { return tasks; }
    public void setTasks(List<String> tasks) { this.tasks = tasks; }
}

package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Onboards one contractor, or many from a CSV file (or pasted CSV), showing the core's per-row result. */
@Named
@ViewScoped
public class OnboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<String> tenantTasks = List.of();
    private String username;
    private String email;
    private String role = "CONTRACTOR";
    private List<String> tasks = new ArrayList<>();
    private transient Part file;
    private String csv;
    private List<Map<String, Object>> rows = List.of();
    private String summary;
    private Map<String, Object> invitation;
    private String problem;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        try {
            tenantTasks = Plain.maps(core.get("/api/tenants/" + CoreApi.enc(tenant) + "/tasks")).stream()
                    .filter(t -> Boolean.TRUE.equals(t.get("open"))).map(t -> (String) t.get("id")).toList();
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    public void onboardOne() {
        String body = "{\"username\":" + Plain.quote(username) + ",\"email\":" + Plain.quote(email)
                + ",\"role\":" + Plain.quote(role) + ",\"tasks\":" + Plain.array(tasks) + "}";
        try {
            Map<String, Object> onboarded = Plain.map(core.post("/api/tenants/" + CoreApi.enc(tenant) + "/members", body)
                    .asJsonObject());
            invitation = (Map<String, Object>) onboarded.get("invitation");
            Notices.done(username + " onboarded");
            username = email = null;
            tasks = new ArrayList<>();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed(username + " was not onboarded", e);
        }
    }

    /** Sends the uploaded file, or else the pasted text, to the core's CSV onboarding. */
    @SuppressWarnings("unchecked")
    public void upload() {
        try {
            String text = file != null && file.getSize() > 0
                    ? new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : csv;
            if (text == null || text.isBlank()) {
                Notices.failed("Nothing to onboard", new IllegalArgumentException("Choose a CSV file or paste CSV text."));
                return;
            }
            Map<String, Object> result = Plain.map(core.call("POST", "/api/tenants/" + CoreApi.enc(tenant) + "/onboarding",
                    "text/csv", text).asJsonObject());
            rows = (List<Map<String, Object>>) result.get("rows");
            summary = result.get("succeeded") + " onboarded, " + result.get("failed") + " failed";
            Notices.done(summary);
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("The CSV was refused", e);
        } catch (IOException e) {
            Notices.failed("The file could not be read", new IllegalStateException(e.getMessage()));
        }
    }

    public String getTenant() { return tenant; }
    public List<String> getTenantTasks() { return tenantTasks; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public List<String> getTasks() { return tasks; }
    public void setTasks(List<String> tasks) { this.tasks = tasks; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getCsv() { return csv; }
    public void setCsv(String csv) { this.csv = csv; }
    public List<Map<String, Object>> getRows() { return rows; }
    public String getSummary() { return summary; }
    /** How the person just onboarded gets to set a password; an activation code is shown this once. */
    public Map<String, Object> getInvitation() { return invitation; }
    public String getProblem() { return problem; }
}

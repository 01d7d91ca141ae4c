package io.taskgate.web;

import io.taskgate.api.admin.CsvOnboardingResult;
import io.taskgate.api.admin.CsvRowResult;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.OnboardedMember;
import io.taskgate.api.admin.TaskView;
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
    private List<CsvRowResult> rows = List.of();
    private CsvSteps steps;
    private int succeeded;
    private int failed;
    private String summary;
    private InvitationView invitation;
    private String problem;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        try {
            tenantTasks = core.list("/api/tenants/" + CoreApi.enc(tenant) + "/tasks", TaskView.class).stream()
                    .filter(TaskView::open).map(TaskView::id).toList();
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    public void onboardOne() {
        String body = "{\"username\":" + Plain.quote(username) + ",\"email\":" + Plain.quote(email)
                + ",\"role\":" + Plain.quote(role) + ",\"tasks\":" + Plain.array(tasks) + "}";
        try {
            invitation = core.post("/api/tenants/" + CoreApi.enc(tenant) + "/members", body, OnboardedMember.class)
                    .invitation();
            Notices.done(username + " onboarded");
            username = email = null;
            tasks = new ArrayList<>();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed(username + " was not onboarded", e);
        }
    }

    /** Rows sent to the core per step: each step answers within seconds and the page shows the rows done so far. */
    static final int ROWS_PER_STEP = 10;
    static final int MAX_ROWS = 5_000;

    /**
     * Reads the uploaded file, or else the pasted text, and starts onboarding it in steps ({@link #step}), which the
     * page calls one after the other, showing progress and each row's result as they come.
     */
    public void upload() {
        try {
            String text = file != null && file.getSize() > 0
                    ? new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : csv;
            if (text == null || text.isBlank()) {
                Notices.failed("Nothing to onboard", new IllegalArgumentException("Choose a CSV file or paste CSV text."));
                return;
            }
            steps = CsvSteps.of(text, ROWS_PER_STEP);
            rows = new ArrayList<>();
            succeeded = 0;
            failed = 0;
            summary = null;
            if (steps.total() > MAX_ROWS) {
                Notices.failed("The CSV was refused", new IllegalArgumentException("At most " + MAX_ROWS
                        + " rows per upload; this one has " + steps.total() + ". Split the file."));
                steps = null;
            } else if (steps.total() == 0) {
                Notices.failed("Nothing to onboard", new IllegalArgumentException("The CSV has a header but no rows."));
                steps = null;
            }
        } catch (IllegalArgumentException e) {
            Notices.failed("The CSV was refused", e);
        } catch (IOException e) {
            Notices.failed("The file could not be read", new IllegalStateException(e.getMessage()));
        }
    }

    /** Onboards the next few rows; tells the page ({@code done}) whether to ask for another step. */
    public void step() {
        CsvSteps.Step step = steps == null ? null : steps.next();
        if (step != null) {
            try {
                CsvOnboardingResult result = core.post("/api/tenants/" + CoreApi.enc(tenant) + "/onboarding", "text/csv",
                        step.csv(), CsvOnboardingResult.class);
                for (CsvRowResult row : result.rows()) { // line numbers of the whole upload, not of this step
                    rows.add(new CsvRowResult(step.lineInUpload(row.line()), row.username(), row.result(), row.code(),
                            row.message(), row.invitation()));
                }
                succeeded += (int) result.succeeded();
                failed += (int) result.failed();
            } catch (CoreApi.CoreApiException e) {
                Notices.failed("Onboarding stopped after " + steps.sent() + " of " + steps.total() + " rows", e);
                summary = succeeded + " onboarded, " + failed + " failed; stopped";
                steps = null;
            }
        }
        if (steps != null && steps.done()) {
            summary = succeeded + " onboarded, " + failed + " failed";
            Notices.done(summary);
            steps = null;
        }
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("done", steps == null);
    }

    /** Whether rows are still waiting to be sent (the page then keeps calling {@link #step}). */
    public boolean isRunning() {
        return steps != null;
    }

    public int getProgress() {
        return steps == null || steps.total() == 0 ? 100 : steps.sent() * 100 / steps.total();
    }

    public String getProgressText() {
        return steps == null ? "" : "Onboarding: " + steps.sent() + " of " + steps.total() + " rows sent, "
                + succeeded + " onboarded, " + failed + " failed so far";
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
    public List<CsvRowResult> getRows() { return rows; }
    public String getSummary() { return summary; }
    /** How the person just onboarded gets to set a password; an activation code is shown this once. */
    public InvitationView getInvitation() { return invitation; }
    public String getProblem() { return problem; }
}

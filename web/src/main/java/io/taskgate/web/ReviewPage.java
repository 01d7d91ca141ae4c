package io.taskgate.web;

import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.api.admin.SignalView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The tenant's review queue: flagged members, each with one line per signal (and its evidence and prompt on opening),
 * the decisions taken and by whom; filtered by task and detector; re-enable (score reset), suspend a day, or ban.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<ReviewCaseView> cases = List.of();
    private List<String> tasks = List.of();
    private List<String> detectors = List.of();
    private String task;
    private String detector;
    private String problem;

    @PostConstruct
    void init() {
        tenant = console.getTenant();
        load();
    }

    public void load() {
        try {
            StringBuilder path = new StringBuilder("/api/tenants/").append(CoreApi.enc(tenant)).append("/review?");
            if (task != null && !task.isBlank()) {
                path.append("task=").append(CoreApi.enc(task)).append('&');
            }
            if (detector != null && !detector.isBlank()) {
                path.append("source=").append(CoreApi.enc(detector));
            }
            cases = core.list(path.toString(), ReviewCaseView.class);
            if (task == null && detector == null) { // the choices come from the whole queue
                TreeSet<String> t = new TreeSet<>();
                TreeSet<String> d = new TreeSet<>();
                for (ReviewCaseView c : cases) {
                    for (SignalView s : c.evidence()) {
                        if (s.task() != null) {
                            t.add(s.task());
                        }
                        d.add(String.valueOf(s.source()));
                    }
                }
                tasks = List.copyOf(t);
                detectors = List.copyOf(d);
            }
            problem = null;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    /** REENABLE, SUSPEND (for one day) or BAN, as the core's review endpoint takes them. */
    public void decide(String username, String decision) {
        StringBuilder body = new StringBuilder("{\"decision\":").append(Plain.quote(decision));
        if ("SUSPEND".equals(decision)) {
            body.append(",\"suspendedUntil\":").append(Plain.quote(Instant.now().plus(Duration.ofDays(1)).toString()));
        }
        try {
            core.post("/api/tenants/" + CoreApi.enc(tenant) + "/review/" + CoreApi.enc(username), body.append('}').toString());
            Notices.done(username + ": " + decision.toLowerCase(Locale.ROOT) + " done");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("No decision recorded", e);
        }
    }

    public String getTenant() { return tenant; }
    public List<ReviewCaseView> getCases() { return cases; }
    public String getProblem() { return problem; }
    public List<String> getTasks() { return tasks; }
    public List<String> getDetectors() { return detectors; }
    public String getTask() { return task; }
    public void setTask(String task) { this.task = task; }
    public String getDetector() { return detector; }
    public void setDetector(String detector) { this.detector = detector; }
}

package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The tenant's review queue: flagged members with score and evidence; re-enable (score reset), suspend a day, or ban. */
@Named
@RequestScoped
public class ReviewPage {

    @Inject
    CoreApi core;

    @Inject
    Console console;

    private String tenant;
    private List<Map<String, Object>> cases = List.of();
    private String problem;

    @PostConstruct
    void load() {
        tenant = console.getTenant();
        try {
            cases = Plain.maps(core.get("/api/tenants/" + CoreApi.enc(tenant) + "/review"));
            problem = null;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    /** REENABLE, SUSPEND (for one day) or BAN, as the core's review endpoint takes them. */
    public void decide(String username, String decision) {
        StringBuilder body = new StringBuilder("{\"decision\":").append(Plain.quote(decision));
        if ("SUSPEND".equals(decision)) {
            body.append(",\"suspendedUntil\":").append(Plain.quote(java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString()));
        }
        try {
            core.post("/api/tenants/" + CoreApi.enc(tenant) + "/review/" + CoreApi.enc(username), body.append('}').toString());
            Notices.done(username + ": " + decision.toLowerCase(java.util.Locale.ROOT) + " done");
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("No decision recorded", e);
        }
    }

    public String getTenant() { return tenant; }
    public List<Map<String, Object>> getCases() { return cases; }
    public String getProblem() { return problem; }
}

package io.taskgate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The platform admin's tenants: list with owners, and create a tenant with its first owner. */
@Named
@ViewScoped
public class TenantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private List<Map<String, Object>> tenants = List.of();
    private Map<String, Object> invitation;
    private String problem;
    private String id;
    private String name;
    private String timeZone = "UTC";
    private Integer promptRetentionDays = 0;
    private Integer maxKeyLifetimeDays;
    private String ownerUsername;
    private String ownerEmail;

    @PostConstruct
    void load() {
        try {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Object> t : Plain.maps(core.get("/api/tenants"))) {
                List<String> owners = Plain.maps(core.get("/api/tenants/" + CoreApi.enc((String) t.get("id")) + "/members"))
                        .stream().filter(m -> "OWNER".equals(m.get("role"))).map(m -> (String) m.get("username")).toList();
                t.put("owners", String.join(", ", owners));
                list.add(t);
            }
            tenants = list;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    public void create() {
        String body = "{\"id\":" + Plain.quote(id) + ",\"name\":" + Plain.quote(name) + ",\"timeZone\":" + Plain.quote(timeZone)
                + ",\"promptRetentionDays\":" + (promptRetentionDays == null ? 0 : promptRetentionDays)
                + (maxKeyLifetimeDays == null ? "" : ",\"maxKeyLifetimeDays\":" + maxKeyLifetimeDays)
                + ",\"owners\":[{\"username\":" + Plain.quote(ownerUsername) + ",\"email\":" + Plain.quote(ownerEmail) + "}]}";
        try {
            Map<String, Object> created = Plain.map(core.post("/api/tenants", body).asJsonObject());
            invitation = null;
            for (Map<String, Object> owner : (List<Map<String, Object>>) created.get("owners")) {
                if (owner.get("invitation") != null) {
                    invitation = (Map<String, Object>) owner.get("invitation");
                }
            }
            Notices.done("Tenant " + id + " created");
            console.refresh();
            id = name = ownerUsername = ownerEmail = null;
            load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Tenant not created", e);
        }
    }

    public List<Map<String, Object>> getTenants() { return tenants; }
    /** How the new owner sets a password (an activation code is shown this once), or null. */
    public Map<String, Object> getInvitation() { return invitation; }
    public String getProblem() { return problem; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Integer getPromptRetentionDays() { return promptRetentionDays; }
    public void setPromptRetentionDays(Integer promptRetentionDays) { this.promptRetentionDays = promptRetentionDays; }
    public Integer getMaxKeyLifetimeDays() { return maxKeyLifetimeDays; }
    public void setMaxKeyLifetimeDays(Integer maxKeyLifetimeDays) { this.maxKeyLifetimeDays = maxKeyLifetimeDays; }
    public String getOwnerUsername() { return ownerUsername; }
    public void setOwnerUsername(String ownerUsername) { this.ownerUsername = ownerUsername; }
    public String getOwnerEmail() { return ownerEmail; }
    public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }
}

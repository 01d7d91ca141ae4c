package io.taskgate.web;

import io.taskgate.api.admin.CreatedTenant;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.MemberAccountView;
import io.taskgate.api.admin.OnboardedOwner;
import io.taskgate.api.admin.TenantListing;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The platform admin's tenants: list with owners, and create a tenant with its first owner. */
@Named
@ViewScoped
public class TenantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    @Inject
    Console console;

    private List<TenantRow> tenants = List.of();
    private InvitationView invitation;
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
            List<TenantRow> list = new ArrayList<>();
            for (TenantListing t : core.list("/api/tenants", TenantListing.class)) {
                List<String> owners = core.list("/api/tenants/" + CoreApi.enc(t.id()) + "/members", MemberAccountView.class)
                        .stream().filter(m -> "OWNER".equals(m.role())).map(MemberAccountView::username).toList();
                list.add(new TenantRow(t, String.join(", ", owners)));
            }
            tenants = list;
        } catch (CoreApi.CoreApiException e) {
            problem = e.getMessage();
        }
    }

    /** A tenant in the list, with its owners' usernames. */
    public record TenantRow(TenantListing tenant, String owners) implements Serializable {
    }

    public void create() {
        String body = "{\"id\":" + Plain.quote(id) + ",\"name\":" + Plain.quote(name) + ",\"timeZone\":" + Plain.quote(timeZone)
                + ",\"promptRetentionDays\":" + (promptRetentionDays == null ? 0 : promptRetentionDays)
                + (maxKeyLifetimeDays == null ? "" : ",\"maxKeyLifetimeDays\":" + maxKeyLifetimeDays)
                + ",\"owners\":[{\"username\":" + Plain.quote(ownerUsername) + ",\"email\":" + Plain.quote(ownerEmail) + "}]}";
        try {
            CreatedTenant created = core.post("/api/tenants", body, CreatedTenant.class);
            invitation = null;
            for (OnboardedOwner owner : created.owners()) {
                if (owner.invitation() != null) {
                    invitation = owner.invitation();
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

    public List<TenantRow> getTenants() { return tenants; }
    /** How the new owner sets a password (an activation code is shown this once), or null. */
    public InvitationView getInvitation() { return invitation; }
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

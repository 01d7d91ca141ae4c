package io.taskgate.web;

import io.taskgate.api.admin.TenantListing;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in user's tenants (from {@code GET /api/tenants}) and the one they are working in. Only decides what the
 * navigation offers: every page's data comes from the core, which enforces tenant scoping itself.
 */
@Named
@SessionScoped
public class Console implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoreApi core;

    private List<TenantListing> tenants;
    private String tenant;
    private String problem;

    public List<TenantListing> getTenants() {
        if (tenants == null) {
            try {
                tenants = core.list("/api/tenants", TenantListing.class);
            } catch (CoreApi.CoreApiException e) {
                problem = e.getMessage();
                return List.of();
            }
            tenant = tenants.stream().filter(t -> !"MEMBER".equals(t.standing())).map(TenantListing::id)
                    .findFirst().orElse(tenants.isEmpty() ? null : tenants.get(0).id());
        }
        return tenants;
    }

    /** Forgets the cached tenant list, e.g. after a tenant was created. */
    public void refresh() {
        tenants = null;
    }

    /** The tenant the owner pages show: the request's {@code t} parameter when given, else the selected one. */
    public String getTenant() {
        getTenants();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
        if (asked != null && !asked.isBlank()) {
            if (tenants.stream().anyMatch(t -> asked.equals(t.id()))) {
                tenant = asked;
            }
            return asked;
        }
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String standingIn(String tenantId) {
        return getTenants().stream().filter(t -> t.id().equals(tenantId)).map(TenantListing::standing)
                .findFirst().orElse("OUTSIDER");
    }

    /** Owner pages are offered to owners of some tenant and to the platform admin. */
    public boolean isManager() {
        return getTenants().stream().anyMatch(t -> !"MEMBER".equals(t.standing())) || isPlatformAdmin();
    }

    public boolean isPlatformAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("platform-admin")
                || getTenants().stream().anyMatch(t -> "PLATFORM_ADMIN".equals(t.standing()));
    }

    /** The tenant selector changed: reload the current page for the chosen tenant. */
    public String switchTenant() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&t=" + CoreApi.enc(tenant);
    }

    public String getProblem() {
        return problem;
    }
}

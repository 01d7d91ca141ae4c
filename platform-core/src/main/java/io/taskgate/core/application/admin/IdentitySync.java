package io.taskgate.core.application.admin;

import io.taskgate.core.application.IdentityDirectory;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The admin side's use of the identity provider: creating or finding people, and keeping their token claims
 * equal to the union of their active memberships. Claims are a convenience for clients; the gateway's own
 * records decide, so a failed sync is logged and reported, not fatal.
 */
@ApplicationScoped
public class IdentitySync {

    private static final Logger LOG = Logger.getLogger(IdentitySync.class.getName());

    @Inject
    Instance<IdentityDirectory> directory;

    @Inject
    MembershipRepository members;

    @Inject
    @ConfigProperty(name = "gateway.members.default-endpoints",
            defaultValue = "chat.completions,responses,completions,embeddings,moderations,models")
    List<String> defaultEndpoints;

    @Inject
    @ConfigProperty(name = "gateway.members.default-models", defaultValue = "gpt-4o-mini")
    List<String> defaultModels;

    public Set<String> defaultEndpoints() {
        return Set.copyOf(defaultEndpoints);
    }

    public Set<String> defaultModels() {
        return Set.copyOf(defaultModels);
    }

    public IdentityDirectory.Identity ensureUser(String username, String email) {
        try {
            return provider().ensureUser(username, email);
        } catch (IllegalArgumentException e) {
            throw new AdminProblem(400, "identity_rejected", e.getMessage());
        } catch (AdminProblem e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Identity provider failed to create or find " + username, e);
            throw new AdminProblem(503, "identity_unavailable",
                    "The identity provider could not be reached. Nothing was changed; try again shortly.");
        }
    }

    /** Writes the person's claims from their active memberships; false when the provider could not be updated. */
    public boolean syncClaims(Membership changed) {
        if (changed.subject() == null || directory.isUnsatisfied()) {
            return false;
        }
        Set<String> tenants = new HashSet<>();
        Set<String> tasks = new HashSet<>();
        Set<String> endpoints = new HashSet<>();
        Set<String> models = new HashSet<>();
        for (Membership m : members.findByUsername(changed.username())) {
            if (m.status() == MemberStatus.ACTIVE || m.status() == MemberStatus.SUSPENDED) {
                tenants.add(m.tenantId());
                tasks.addAll(m.tasks());
                endpoints.addAll(m.endpoints());
                models.addAll(m.models());
            }
        }
        try {
            provider().updateClaims(changed.subject(), new IdentityDirectory.Claims(tenants, tasks, endpoints, models));
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not sync the claims of " + changed.username() + " to the identity provider", e);
            return false;
        }
    }

    private IdentityDirectory provider() {
        if (directory.isUnsatisfied()) {
            throw new AdminProblem(503, "identity_unavailable", "No identity provider is configured for onboarding.");
        }
        return directory.get();
    }
}

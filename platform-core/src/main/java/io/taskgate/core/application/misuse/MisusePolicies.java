package io.taskgate.core.application.misuse;

import io.taskgate.api.admin.MisusePolicyView;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.application.Cache;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * The tenants' misuse policies: the owner's change of one (validated, audited), and what the request path reads of
 * them on every request, one cached {@link Stance} per tenant (5 s; a change evicts it at once on the instance that
 * made it, other instances read it within 5 s).
 */
@ApplicationScoped
public class MisusePolicies {

    /** How long an instance keeps a tenant's {@link Stance}. */
    public static final long STANCE_TTL_MILLIS = 5_000;

    /** What the request path needs of a tenant's policy. */
    public record Stance(boolean failOpen, boolean refusesFlagged) {

        public static Stance of(MisusePolicy policy) {
            return new Stance(policy.failOpen(), policy.action() != FlagAction.WARN);
        }
    }

    @Inject
    MisuseRepository misuse;

    @Inject
    AuditTrail audit;

    private final Cache<String, Stance> stances = new io.taskgate.core.application.internal.TtlCache<>(STANCE_TTL_MILLIS);

    /** The tenant's stance, read at most every {@link #STANCE_TTL_MILLIS} per instance. */
    public Stance stance(String tenantId) {
        return stances.get(tenantId, t -> Stance.of(misuse.policy(t)));
    }

    /** The tenant's policy, defaults until changed. */
    public MisusePolicy policy(String tenantId) {
        return misuse.policy(tenantId);
    }

    /**
     * Changes the policy: missing fields keep their value. Refuses invalid settings with a 400; audited as
     * {@code misuse-policy.update}; this instance applies it from the next request.
     */
    @Transactional
    public MisusePolicy change(String actor, String tenantId, MisusePolicy.Settings settings) {
        if (settings == null) {
            throw AdminProblem.invalid("Send the policy fields to change as JSON.");
        }
        if (!settings.problems().isEmpty()) {
            throw AdminProblem.invalid("Invalid policy: " + String.join("; ", settings.problems()) + ".");
        }
        MisusePolicy policy = misuse.policy(tenantId);
        MisusePolicyView before = view(policy);
        policy.apply(settings);
        MisusePolicy saved = misuse.savePolicy(policy);
        audit.record(actor, tenantId, "misuse-policy.update", "tenant", tenantId, before, view(saved));
        stances.evict(tenantId);
        return saved;
    }

    /** The policy as the admin API shows it; the webhook secret is never shown. */
    public static MisusePolicyView view(MisusePolicy p) {
        return new MisusePolicyView(p.slightWeight(), p.majorWeight(), p.halfLifeHours(), p.threshold(),
                p.action().name(), p.suspendMinutes(), p.failOpen(), p.webhookUrl(), p.webhookSecret() != null);
    }
}

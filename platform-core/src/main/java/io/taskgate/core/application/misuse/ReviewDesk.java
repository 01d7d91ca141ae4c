package io.taskgate.core.application.misuse;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.application.admin.Inputs;
import io.taskgate.core.application.admin.MemberStore;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The tenant's review queue: flagged members with their evidence, and the owner's decisions on them. */
@ApplicationScoped
public class ReviewDesk {

    @Inject
    MisuseRepository misuse;

    @Inject
    MemberStore members;

    @Inject
    AuditTrail audit;

    @Inject
    MemberWarnings warnings;

    @Inject
    ReviewLearning learning;

    Clock clock = Clock.systemUTC();

    /** An owner's decision on a flagged (or any) member. */
    public enum Decision { REENABLE, SUSPEND, BAN }

    /** A decision as the owner sent it, read: which one, why, and until when a suspension lasts. */
    public record Ruling(Decision decision, String reason, Instant suspendedUntil) {

        /** Reads the request's fields; 400 for an unknown decision or an instant that is not ISO-8601. */
        public static Ruling parse(String decision, String reason, String suspendedUntil) {
            return new Ruling(ReviewDesk.decision(decision), reason, Inputs.instant(suspendedUntil, "suspendedUntil"));
        }
    }

    /** A flagged member: current (decayed) score, the flag, and the newest evidence first. */
    public record Case(String username, double score, double threshold, Instant flaggedAt, String action,
                       List<MisuseEvent> evidence) {
    }

    public List<Case> queue(Tenant tenant) {
        MisusePolicy policy = misuse.policy(tenant.id());
        Instant now = clock.instant();
        return misuse.flagged(tenant.id()).stream().map(s -> toCase(tenant, s.username(), s, policy, now)).toList();
    }

    public Case of(Tenant tenant, String username) {
        return toCase(tenant, username, misuse.score(tenant.id(), username).orElse(null), misuse.policy(tenant.id()),
                clock.instant());
    }

    private Case toCase(Tenant tenant, String username, DeviationScore score, MisusePolicy policy, Instant now) {
        return new Case(username, score == null ? 0 : score.valueAt(now, policy.halfLifeHours()), policy.threshold(),
                score == null ? null : score.flaggedAt(),
                score == null || score.flagAction() == null ? null : score.flagAction().name(),
                misuse.events(tenant.id(), username, 50));
    }

    /**
     * Applies the decision to the membership and resolves the flag; re-enabling also resets the score, and the
     * prompts of a flag it lifts become examples of their tasks ({@link ReviewLearning}).
     */
    @Transactional
    public Membership decide(String actor, Tenant tenant, String username, Ruling ruling) {
        Decision decision = ruling.decision();
        Instant until = ruling.suspendedUntil();
        if (decision == Decision.SUSPEND && (until == null || !until.isAfter(clock.instant()))) {
            throw AdminProblem.invalid("A suspension needs suspendedUntil in the future (an ISO-8601 instant).");
        }
        String why = Inputs.text(ruling.reason(), "reason", 1000, false);
        Instant now = clock.instant();
        Membership changed = members.change(actor, tenant.id(), username, "review." + decision.name().toLowerCase(Locale.ROOT),
                m -> m.changeStatus(switch (decision) {
                    case REENABLE -> MemberStatus.ACTIVE;
                    case SUSPEND -> MemberStatus.SUSPENDED;
                    case BAN -> MemberStatus.BANNED;
                }, why, until, now));
        DeviationScore score = misuse.scoreForUpdate(tenant.id(), username);
        if (decision == Decision.REENABLE) {
            if (score.flagged()) {
                // the owner judged the flagged prompts part of the work: their tasks learn them as examples
                learning.reEnabled(actor, tenant.id(), username, score.resetAt());
            }
            score.reset(now);
        } else {
            score.resolve();
        }
        warnings.evict(tenant.id(), username);
        return changed;
    }

    private static Decision decision(String value) {
        try {
            return Decision.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AdminProblem.invalid("decision must be REENABLE, SUSPEND or BAN.");
        }
    }
}

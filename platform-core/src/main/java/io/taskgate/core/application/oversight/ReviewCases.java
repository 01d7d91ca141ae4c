package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.core.application.misuse.ReviewDesk;
import io.taskgate.core.domain.model.audit.AuditRepository;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The review queue as the console shows it: {@link ReviewDesk}'s cases with readable signals and past decisions. */
@ApplicationScoped
public class ReviewCases {

    @Inject
    ReviewDesk desk;

    @Inject
    MemberEvidenceQuery evidence;

    @Inject
    MembershipRepository members;

    @Inject
    AuditRepository audit;

    /** Flagged members, newest flag first; with {@code task} or {@code source} set, only cases with such a signal. */
    public List<ReviewCaseView> queue(Tenant tenant, String task, String source) {
        return desk.queue(tenant).stream().map(c -> view(tenant, c))
                .filter(c -> c.evidence().stream().anyMatch(s -> matches(task, s.task()) && matches(source, s.source())))
                .toList();
    }

    /** One member's case, flagged or not. */
    public ReviewCaseView of(Tenant tenant, String username) {
        return view(tenant, desk.of(tenant, username));
    }

    private ReviewCaseView view(Tenant tenant, ReviewDesk.Case c) {
        Optional<Membership> member = members.find(tenant.id(), c.username());
        return new ReviewCaseView(c.username(), SignalViews.round(c.score()), c.threshold(),
                SignalViews.text(c.flaggedAt()), c.action(),
                member.map(m -> m.status().name()).orElse(null), member.map(Membership::statusReason).orElse(null),
                evidence.signals(tenant.id(), c.evidence()),
                audit.about(tenant.id(), "member", c.username(), MemberEvidenceQuery.MAX_DECISIONS).stream()
                        .filter(DecisionViews::decides).map(DecisionViews::of).toList());
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.isBlank() || wanted.strip().equals(value);
    }
}

package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.HourlyActivity;
import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.api.admin.Outlook;
import io.taskgate.api.admin.SignalView;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.audit.AuditRepository;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageHistory;
import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a member's {@link MemberEvidence} for the owner's console (the tenant is already checked by the caller). */
@ApplicationScoped
public class MemberEvidenceQuery {

    /** The most signals read for one member's page. */
    static final int MAX_SIGNALS = 200;
    static final int MAX_DECISIONS = 20;

    @Inject
    MembershipRepository members;

    @Inject
    MisuseRepository misuse;

    @Inject
    UsageHistory usage;

    @Inject
    AuditRepository audit;

    Clock clock = Clock.systemUTC();

    /**
     * @param days  how far back the score, signals and intent mix go (1-30)
     * @param hours how many clock hours the activity shows (1-168)
     */
    public MemberEvidence of(Tenant tenant, String username, int days, int hours) {
        if (days < 1 || days > 30) {
            throw AdminProblem.invalid("days must be between 1 and 30.");
        }
        if (hours < 1 || hours > 168) {
            throw AdminProblem.invalid("hours must be between 1 and 168.");
        }
        Membership member = members.find(tenant.id(), username)
                .orElseThrow(() -> AdminProblem.notFound("Member '" + username + "'"));
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(days));
        MisusePolicy policy = misuse.policy(tenant.id());
        DeviationScore score = misuse.score(tenant.id(), username).orElse(null);
        double scoreNow = score == null ? 0 : score.valueAt(now, policy.halfLifeHours());

        List<MisuseEvent> events = misuse.events(tenant.id(), username, MAX_SIGNALS).stream()
                .filter(e -> !e.at().isBefore(from)).toList();
        List<AuditEntry> entries = audit.about(tenant.id(), "member", username, MAX_DECISIONS).stream()
                .filter(DecisionViews::decides).toList();
        List<Instant> resets = entries.stream().filter(e -> e.action().equals("review.reenable"))
                .map(AuditEntry::at).filter(at -> !at.isBefore(from)).toList();

        Outlook outlook = Outlooks.of(member.status(), member.statusReason(), member.suspendedUntil(), scoreNow,
                score == null ? null : score.flaggedAt(), score == null ? null : score.flagAction(), policy);
        return new MemberEvidence(tenant.id(), username, from.toString(), now.toString(), outlook,
                ScoreHistory.of(events, resets, policy.halfLifeHours(), now, scoreNow),
                signals(tenant.id(), events),
                IntentMixes.of(usage.intentCounts(tenant.id(), username, from, now.plusMillis(1))),
                activity(tenant.id(), username, now, hours),
                entries.stream().map(DecisionViews::of).toList());
    }

    /** The events as signals, newest first, with the prompts of their requests where the ledger keeps them. */
    List<SignalView> signals(String tenantId, List<MisuseEvent> events) {
        Set<String> ids = events.stream().map(MisuseEvent::requestId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, UsageRecord> requests = usage.byIds(tenantId, ids).stream()
                .collect(Collectors.toMap(UsageRecord::id, Function.identity(), (a, b) -> a));
        return events.stream().map(e -> SignalViews.of(e, e.requestId() == null ? null : requests.get(e.requestId())))
                .toList();
    }

    private HourlyActivity activity(String tenantId, String username, Instant now, int hours) {
        Instant start = HourlyActivities.windowStart(now, hours);
        List<UsageHistory.ActivityRow> rows = usage.activityRows(tenantId, username, start, now.plusSeconds(1));
        long[] baseline = usage.activity(tenantId, username, start.minus(Duration.ofDays(7)), start);
        return HourlyActivities.of(rows.stream().map(UsageHistory.ActivityRow::at).toList(),
                rows.stream().map(UsageHistory.ActivityRow::tokens).toList(), now, hours, baseline);
    }
}

package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.MemberStanding;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a tenant's {@link TenantOversight} for the dashboard. */
@ApplicationScoped
public class TenantOversightQuery {

    private static final Set<MemberStatus> ATTENTION = EnumSet.of(MemberStatus.SUSPENDED, MemberStatus.BLOCKED,
            MemberStatus.BANNED);

    @Inject
    UsageHistory usage;

    @Inject
    MisuseRepository misuse;

    @Inject
    MembershipRepository members;

    Clock clock = Clock.systemUTC();

    public TenantOversight of(Tenant tenant, int days) {
        if (days < 1 || days > 92) {
            throw AdminProblem.invalid("days must be between 1 and 92.");
        }
        ZoneId zone = tenant.timeZone();
        Instant now = clock.instant();
        LocalDate firstDay = IntentTimelines.firstDay(now, zone, days);
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        Instant to = now.plusSeconds(1);
        return new TenantOversight(tenant.id(), zone.getId(),
                IntentTimelines.of(usage.intentFacts(tenant.id(), from, to), zone, firstDay, days),
                attention(tenant, now), new TreeMap<>(usage.refusals(tenant.id(), from, to)));
    }

    /** Flagged members first (newest flag first), then suspended, blocked and banned ones by name. */
    List<MemberStanding> attention(Tenant tenant, Instant now) {
        MisusePolicy policy = misuse.policy(tenant.id());
        Map<String, DeviationScore> flagged = misuse.flagged(tenant.id()).stream()
                .collect(Collectors.toMap(DeviationScore::username, Function.identity(), (a, b) -> a));
        return members.findByTenant(tenant.id()).stream()
                .filter(m -> flagged.containsKey(m.username()) || ATTENTION.contains(m.status()))
                .map(m -> standing(m, flagged.get(m.username()), policy, now))
                .sorted(Comparator.comparing((MemberStanding s) -> s.flaggedAt() == null)
                        .thenComparing(s -> s.flaggedAt() == null ? null : Instant.parse(s.flaggedAt()),
                                Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(MemberStanding::username))
                .toList();
    }

    private MemberStanding standing(Membership m, DeviationScore flag, MisusePolicy policy, Instant now) {
        DeviationScore score = flag != null ? flag : misuse.score(m.tenantId(), m.username()).orElse(null);
        return new MemberStanding(m.username(), m.status().name(), m.statusReason(), SignalViews.text(m.suspendedUntil()),
                score == null ? 0 : SignalViews.round(score.valueAt(now, policy.halfLifeHours())),
                flag == null ? null : SignalViews.text(flag.flaggedAt()),
                flag == null || flag.flagAction() == null ? null : flag.flagAction().name());
    }
}

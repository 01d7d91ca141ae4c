package io.taskgate.core.application.oversight;

import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.audit.AuditRepository;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.domain.model.usage.UsageHistory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-memory evidence (signals, ledger rows, audit entries) and the queries over it, for tests. */
public final class OversightFixture {

    public final List<MisuseEvent> events = new ArrayList<>();
    public final List<UsageRecord> requests = new ArrayList<>();
    public final List<AuditEntry> audit = new ArrayList<>();
    public DeviationScore score;

    public MemberEvidenceQuery query(MembershipRepository members, Instant now) {
        MemberEvidenceQuery query = new MemberEvidenceQuery();
        query.members = members;
        query.misuse = misuse();
        query.usage = usage();
        query.audit = audit();
        query.clock = Clock.fixed(now, java.time.ZoneOffset.UTC);
        return query;
    }

    public TenantOversightQuery oversight(MembershipRepository members, Instant now) {
        TenantOversightQuery query = new TenantOversightQuery();
        query.members = members;
        query.misuse = misuse();
        query.usage = usage();
        query.clock = Clock.fixed(now, java.time.ZoneOffset.UTC);
        return query;
    }

    MisuseRepository misuse() {
        return new MisuseRepository() {
            public MisusePolicy policy(String tenantId) { return MisusePolicy.defaults(tenantId); }
            public MisusePolicy savePolicy(MisusePolicy policy) { return policy; }
            public DeviationScore scoreForUpdate(String tenantId, String username) { return score; }
            public Optional<DeviationScore> score(String tenantId, String username) {
                return Optional.ofNullable(score).filter(s -> s.tenantId().equals(tenantId) && s.username().equals(username));
            }
            public List<DeviationScore> flagged(String tenantId) { return score != null && score.flagged() ? List.of(score) : List.of(); }
            public void add(MisuseEvent event) { events.add(event); }
            public List<MisuseEvent> events(String tenantId, String username, int limit) {
                return events.stream().filter(e -> e.tenantId().equals(tenantId) && e.username().equals(username))
                        .sorted(Comparator.comparing(MisuseEvent::at).reversed()).limit(limit).toList();
            }
            public boolean scoredBefore(String t, String u, io.taskgate.core.domain.model.misuse.PromptKey k, Instant since) {
                return false;
            }
        };
    }

    UsageHistory usage() {
        return new io.taskgate.core.UsageHistoryFake() {
            @Override
            public List<UsageRecord> byIds(String tenantId, Set<String> ids) {
                return requests.stream().filter(r -> tenantId.equals(r.tenantId()) && ids.contains(r.id())).toList();
            }

            @Override
            public List<IntentCount> intentCounts(String tenantId, String username, Instant from, Instant to) {
                return mine(tenantId, username, from, to).stream().filter(r -> r.status() < 400)
                        .map(r -> new IntentCount(r.taskId(), r.intent(), 1)).toList();
            }

            @Override
            public List<ActivityRow> activityRows(String tenantId, String username, Instant from, Instant writtenBefore) {
                return mine(tenantId, username, from, writtenBefore).stream()
                        .map(r -> new ActivityRow(r.createdAt(), r.promptTokens() + r.completionTokens(), r.intent())).toList();
            }

            @Override
            public long[] activity(String tenantId, String username, Instant from, Instant to) {
                List<UsageRecord> rows = mine(tenantId, username, from, to);
                return new long[]{rows.size(), rows.stream().mapToLong(r -> r.promptTokens() + r.completionTokens()).sum()};
            }

            @Override
            public List<IntentFact> intentFacts(String tenantId, Instant from, Instant to) {
                return requests.stream().filter(r -> tenantId.equals(r.tenantId()) && r.status() < 400
                        && !r.createdAt().isBefore(from) && r.createdAt().isBefore(to)).map(r -> new IntentFact(r.createdAt(), r.taskId(), r.intent())).toList();
            }

            @Override
            public java.util.Map<String, Long> refusals(String tenantId, Instant from, Instant to) {
                java.util.Map<String, Long> counts = new java.util.TreeMap<>();
                requests.stream().filter(r -> tenantId.equals(r.tenantId()) && r.status() >= 400
                        && !r.createdAt().isBefore(from) && r.createdAt().isBefore(to))
                        .forEach(r -> counts.merge(r.refusalCode(), 1L, Long::sum));
                return counts;
            }

            private List<UsageRecord> mine(String tenantId, String username, Instant from, Instant to) {
                return requests.stream().filter(r -> tenantId.equals(r.tenantId()) && username.equals(r.username())
                        && !r.createdAt().isBefore(from) && r.createdAt().isBefore(to)).toList();
            }
        };
    }

    AuditRepository audit() {
        return new AuditRepository() {
            public void add(AuditEntry entry) { audit.add(entry); }
            public List<AuditEntry> find(String tenantId, int offset, int limit) { return List.copyOf(audit); }
            public List<AuditEntry> about(String tenantId, String targetType, String targetId, int limit) {
                return audit.stream().filter(a -> a.tenantId().equals(tenantId) && a.targetType().equals(targetType)
                        && a.targetId().equals(targetId)).sorted(Comparator.comparing(AuditEntry::at).reversed())
                        .limit(limit).toList();
            }
        };
    }
}

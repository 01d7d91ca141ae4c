package io.taskgate.core.application.misuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.core.application.admin.AdminFakes;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.application.misuse.ReviewDesk.Decision;
import io.taskgate.core.application.misuse.ReviewDesk.Ruling;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewDeskTest {

    /** When ivan's second major deviation flagged him. */
    static final Instant FLAGGED = Instant.parse("2026-12-04T10:00:00Z");
    /** One half-life (the default policy's 24 hours) later: his score of about 2.0 has decayed to about 1.0. */
    static final Instant NOW = FLAGGED.plus(Duration.ofHours(24));
    static final ObjectMapper JSON = new ObjectMapper();

    final Tenant acme = new Tenant("acme", "Acme", ZoneOffset.UTC, 30);
    final MemoryMisuse misuse = new MemoryMisuse();
    final AdminFakes.MemoryMembers members = new AdminFakes.MemoryMembers();
    final AdminFakes.MemoryTasks tasks = new AdminFakes.MemoryTasks();
    final AdminFakes.MemoryAudit log = new AdminFakes.MemoryAudit();
    final AdminFakes.RecordingMemberDirectory memberCache = new AdminFakes.RecordingMemberDirectory();
    final AdminFakes.RecordingTaskDirectory taskCache = new AdminFakes.RecordingTaskDirectory();
    final RecordingWarnings warnings = new RecordingWarnings();
    final Map<String, String> retainedPrompts = new HashMap<>();
    final ReviewDesk desk = new ReviewDesk();

    /** The misuse store in memory: the tenant's default policy, scores by member, evidence newest first. */
    static final class MemoryMisuse implements MisuseRepository {
        final Map<String, DeviationScore> scores = new LinkedHashMap<>();
        final List<MisuseEvent> events = new ArrayList<>();
        final List<Integer> evidenceLimits = new ArrayList<>();

        public MisusePolicy policy(String tenantId) { return MisusePolicy.defaults(tenantId); }
        public MisusePolicy savePolicy(MisusePolicy policy) { return policy; }
        public DeviationScore scoreForUpdate(String t, String u) {
            return scores.computeIfAbsent(t + "/" + u, k -> new DeviationScore(t, u, NOW));
        }
        public Optional<DeviationScore> score(String t, String u) { return Optional.ofNullable(scores.get(t + "/" + u)); }
        public List<DeviationScore> flagged(String t) {
            return scores.values().stream().filter(s -> s.tenantId().equals(t) && s.flagged()).toList();
        }
        public void add(MisuseEvent event) { events.add(event); }
        public List<MisuseEvent> events(String t, String u, int limit) {
            evidenceLimits.add(limit);
            return events.stream().filter(e -> e.tenantId().equals(t) && e.username().equals(u))
                    .sorted(Comparator.comparing(MisuseEvent::at).reversed()).limit(limit).toList();
        }
        public boolean scoredBefore(String t, String u, PromptKey k, Instant since) { return false; }
    }

    /** The warnings' cache, recording whose flag changed. */
    static final class RecordingWarnings extends MemberWarnings {
        final List<String> evicted = new ArrayList<>();

        @Override
        public void evict(String tenantId, String username) {
            evicted.add(tenantId + "/" + username);
        }
    }

    ReviewDeskTest() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AuditTrail audit = AdminFakes.auditTrail(log, clock);
        ReviewLearning learning = new ReviewLearning();
        learning.misuse = misuse;
        learning.prompts = (tenantId, ids) -> {
            Map<String, String> found = new HashMap<>();
            ids.stream().filter(retainedPrompts::containsKey).forEach(id -> found.put(id, retainedPrompts.get(id)));
            return found;
        };
        learning.tasks = tasks;
        learning.taskDirectory = taskCache;
        learning.audit = audit;
        desk.misuse = misuse;
        desk.members = AdminFakes.memberStore(members, audit, memberCache);
        desk.audit = audit;
        desk.warnings = warnings;
        desk.learning = learning;
        desk.clock = clock;

        tasks.add(new Task("acme-docs", "acme", "Docs portal", "The user manual", true, Set.of("doc")));
        Membership ivan = new Membership("acme", "ivan", "ivan@x.example", MemberRole.CONTRACTOR, FLAGGED);
        ivan.changeStatus(MemberStatus.BLOCKED, "misuse detection", null, FLAGGED);
        members.add(ivan);
        members.add(new Membership("acme", "erin", "erin@x.example", MemberRole.CONTRACTOR, FLAGGED));
        deviation("ivan", "req_1", FLAGGED.minusSeconds(600), "write the holiday calendar page of the HR handbook");
        deviation("ivan", "req_2", FLAGGED, "salary bands table for the careers page");
    }

    /** A major deviation of the member, scored under the default policy, with its retained prompt. */
    void deviation(String username, String requestId, Instant at, String prompt) {
        DeviationScore score = misuse.scoreForUpdate("acme", username);
        score.add(1.0, at, MisusePolicy.defaults("acme"));
        misuse.add(MisuseEvent.of("acme", username, requestId, "acme-docs", at,
                new Finding("embedding", Finding.Severity.MAJOR, "off_topic", 0.9, "p 0.90"), 1.0,
                score.valueAt(at, 24)));
        retainedPrompts.put(requestId, prompt);
    }

    Membership ivan() {
        return members.byId.get("acme/ivan");
    }

    DeviationScore ivansScore() {
        return misuse.scores.get("acme/ivan");
    }

    List<String> auditedActions() {
        return log.entries.stream().map(AuditEntry::action).toList();
    }

    void assertNothingChanged() {
        assertEquals(MemberStatus.BLOCKED, ivan().status());
        assertTrue(ivansScore().flagged(), "the flag still awaits a decision");
        assertEquals(List.of(), log.entries);
        assertEquals(List.of(), warnings.evicted);
        assertEquals(List.of(), memberCache.evicted);
        assertEquals(List.of(), tasks.byId.get("acme-docs").examples());
    }

    static AdminProblem refused(int status, Executable action) {
        AdminProblem problem = assertThrows(AdminProblem.class, action);
        assertEquals(status, problem.status(), problem.getMessage());
        return problem;
    }

    // --- the queue ---

    @Test
    void theQueueListsFlaggedMembersWithTheirDecayedScoreTheFlagAndTheNewestEvidenceFirst() {
        List<ReviewDesk.Case> queue = desk.queue(acme);
        assertEquals(1, queue.size(), "erin was never flagged");
        ReviewDesk.Case ivan = queue.get(0);
        assertEquals("ivan", ivan.username());
        assertEquals(1.0, ivan.score(), 0.01, "2.0 a half-life ago");
        assertEquals(2.0, ivan.threshold());
        assertEquals(FLAGGED, ivan.flaggedAt());
        assertEquals(FlagAction.BLOCK.name(), ivan.action());
        assertEquals(List.of("req_2", "req_1"), ivan.evidence().stream().map(MisuseEvent::requestId).toList());
        assertEquals(List.of(50), misuse.evidenceLimits, "at most 50 pieces of evidence per case");
    }

    @Test
    void aMemberWithoutAScoreShowsZeroAndNoFlag() {
        ReviewDesk.Case erin = desk.of(acme, "erin");
        assertEquals("erin", erin.username());
        assertEquals(0, erin.score());
        assertEquals(2.0, erin.threshold());
        assertNull(erin.flaggedAt());
        assertNull(erin.action());
        assertEquals(List.of(), erin.evidence());
    }

    @Test
    void aResolvedFlagShowsTheRemainingScoreButNoFlagAction() {
        ivansScore().resolve();
        ReviewDesk.Case ivan = desk.of(acme, "ivan");
        assertEquals(1.0, ivan.score(), 0.01);
        assertNull(ivan.flaggedAt());
        assertNull(ivan.action());
        assertEquals(2, ivan.evidence().size());
        assertTrue(desk.queue(acme).isEmpty());
    }

    // --- decisions ---

    @Test
    void reEnablingAFlaggedMemberLetsThemInResetsTheScoreAndTeachesTheTaskTheirPrompts() throws Exception {
        Membership saved = desk.decide("alice", acme, "ivan", new Ruling(Decision.REENABLE, " part of the work ", null));
        assertEquals(MemberStatus.ACTIVE, saved.status());
        assertEquals(MemberStatus.ACTIVE, ivan().status());
        assertEquals("part of the work", ivan().statusReason());
        assertEquals(List.of("review.reenable", ReviewLearning.AUDIT_ACTION), auditedActions());
        AuditEntry decision = log.entries.get(0);
        assertEquals("alice", decision.actor());
        assertEquals("ivan", decision.targetId());
        assertEquals("BLOCKED", JSON.readTree(decision.before()).get("status").asText());
        assertEquals("ACTIVE", JSON.readTree(decision.after()).get("status").asText());
        DeviationScore score = ivansScore();
        assertFalse(score.flagged());
        assertEquals(0, score.valueAt(NOW, 24));
        assertEquals(Optional.of(NOW), score.resetAt());
        assertEquals(List.of("salary bands table for the careers page",
                "write the holiday calendar page of the HR handbook"), tasks.byId.get("acme-docs").examples(),
                "the prompts behind the flag, newest first");
        assertEquals(List.of("acme-docs"), taskCache.evicted);
        assertEquals(List.of("acme/ivan"), memberCache.evicted, "the request path lets him in at once");
        assertEquals(List.of("acme/ivan"), warnings.evicted, "his answers stop carrying the warning");
    }

    @Test
    void reEnablingAMemberWhoIsNotFlaggedResetsTheScoreButTeachesNothing() {
        ivansScore().resolve();
        desk.decide("alice", acme, "ivan", new Ruling(Decision.REENABLE, null, null));
        assertEquals(MemberStatus.ACTIVE, ivan().status());
        assertEquals(List.of("review.reenable"), auditedActions());
        assertEquals(0, ivansScore().valueAt(NOW, 24));
        assertEquals(List.of(), tasks.byId.get("acme-docs").examples());
        assertEquals(List.of(), taskCache.evicted);
    }

    @Test
    void suspendingUntilAFutureInstantResolvesTheFlagButKeepsTheScore() throws Exception {
        Instant until = NOW.plus(Duration.ofDays(3));
        Membership saved = desk.decide("alice", acme, "ivan", new Ruling(Decision.SUSPEND, "cool down", until));
        assertEquals(MemberStatus.SUSPENDED, saved.status());
        assertEquals(until, ivan().suspendedUntil());
        assertEquals("cool down", ivan().statusReason());
        assertEquals(List.of("review.suspend"), auditedActions());
        assertEquals(until.toString(), JSON.readTree(log.single().after()).get("suspendedUntil").asText());
        assertFalse(ivansScore().flagged());
        assertEquals(1.0, ivansScore().valueAt(NOW, 24), 0.01, "the score stays and keeps decaying");
        assertEquals(Optional.empty(), ivansScore().resetAt());
        assertEquals(List.of(), tasks.byId.get("acme-docs").examples(), "only a re-enabling teaches the task");
        assertEquals(List.of("acme/ivan"), warnings.evicted);
        assertEquals(List.of("acme/ivan"), memberCache.evicted);
    }

    @Test
    void banningBlocksTheMemberForGoodResolvesTheFlagAndTeachesNothing() throws Exception {
        Membership saved = desk.decide("alice", acme, "ivan", new Ruling(Decision.BAN, "repeated misuse", null));
        assertEquals(MemberStatus.BANNED, saved.status());
        assertEquals(MemberStatus.BANNED, ivan().status());
        assertNull(ivan().suspendedUntil());
        assertEquals(List.of("review.ban"), auditedActions());
        assertEquals("BANNED", JSON.readTree(log.single().after()).get("status").asText());
        assertFalse(ivansScore().flagged());
        assertEquals(1.0, ivansScore().valueAt(NOW, 24), 0.01);
        assertEquals(List.of(), tasks.byId.get("acme-docs").examples());
        assertEquals(List.of("acme/ivan"), warnings.evicted);
    }

    @Test
    void aSuspensionWithoutAnEndOrEndingNowOrBeforeIsA400AndChangesNothing() {
        for (Instant until : new Instant[] {null, NOW, NOW.minusSeconds(1)}) {
            AdminProblem problem = refused(400, () ->
                    desk.decide("alice", acme, "ivan", new Ruling(Decision.SUSPEND, "cool down", until)));
            assertEquals("A suspension needs suspendedUntil in the future (an ISO-8601 instant).", problem.getMessage());
        }
        assertNothingChanged();
    }

    @Test
    void aReasonLongerThanAThousandCharactersIsA400AndChangesNothing() {
        AdminProblem problem = refused(400, () ->
                desk.decide("alice", acme, "ivan", new Ruling(Decision.BAN, "x".repeat(1001), null)));
        assertEquals("reason must be at most 1000 characters.", problem.getMessage());
        assertNothingChanged();
    }

    @Test
    void aDecisionOnSomeoneWhoIsNotAMemberIsA404AndTouchesNoScore() {
        AdminProblem problem = refused(404, () ->
                desk.decide("alice", acme, "mallory", new Ruling(Decision.REENABLE, null, null)));
        assertEquals("Member 'mallory' was not found.", problem.getMessage());
        assertFalse(misuse.scores.containsKey("acme/mallory"), "no score row is created for a stranger");
        assertNothingChanged();
    }
}

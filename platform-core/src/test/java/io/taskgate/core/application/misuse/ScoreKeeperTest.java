package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.admin.MemberStore;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;
import io.taskgate.core.domain.model.misuse.RequestAssessment;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreKeeperTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final TaskInfo ETL = new TaskInfo("globex-etl", "globex", "ETL", "", true, Set.of("code", "data"));

    final MisusePolicy policy = MisusePolicy.defaults("globex");
    final Map<String, DeviationScore> scores = new HashMap<>();
    final List<MisuseEvent> events = new ArrayList<>();
    final Membership heidi = new Membership("globex", "heidi", "h@globex.example", MemberRole.CONTRACTOR, NOW);
    final List<String> actions = new ArrayList<>();

    ScoreKeeper keeper() {
        ScoreKeeper keeper = new ScoreKeeper();
        keeper.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        keeper.misuse = new MisuseRepository() {
            public MisusePolicy policy(String tenantId) { return policy; }
            public MisusePolicy savePolicy(MisusePolicy p) { return p; }
            public DeviationScore scoreForUpdate(String t, String u) {
                return scores.computeIfAbsent(t + "/" + u, k -> new DeviationScore(t, u, NOW));
            }
            public Optional<DeviationScore> score(String t, String u) { return Optional.ofNullable(scores.get(t + "/" + u)); }
            public List<DeviationScore> flagged(String t) { return List.of(); }
            public void add(MisuseEvent e) { events.add(e); }
            public List<MisuseEvent> events(String t, String u, int limit) { return events; }
            public boolean scoredBefore(String t, String u, io.taskgate.core.domain.model.misuse.PromptKey k, Instant since) {
                return events.stream().anyMatch(e -> e.username().equals(u) && !k.isNone() && e.promptKey().equals(k)
                        && !e.at().isBefore(since));
            }
        };
        keeper.members = new MemberStore() {
            @Override
            public Membership change(String actor, String tenantId, String username, String action, Consumer<Membership> change) {
                actions.add(actor + ":" + action);
                change.accept(heidi);
                return heidi;
            }
        };
        return keeper;
    }

    static RequestAssessment offTopic() {
        return RequestAssessment.of(ETL, "off_topic", List.of(
                new Finding("embedding", Finding.Severity.MAJOR, "off_topic", 0.8, "similarity to task 0.05")));
    }

    @Test
    void theSecondOffTopicRequestBlocksTheMemberWithTheReasonAndEvidence() {
        ScoreKeeper keeper = keeper();
        assertTrue(keeper.record("globex", "heidi", "req_1", "globex-etl", offTopic()).outcome().action().isEmpty());
        var second = keeper.record("globex", "heidi", "req_2", "globex-etl", offTopic()).outcome();
        assertEquals(Optional.of(FlagAction.BLOCK), second.action());
        assertEquals(MemberStatus.BLOCKED, heidi.status());
        assertTrue(heidi.statusReason().contains("reached the threshold 2.00"), heidi.statusReason());
        assertEquals(List.of("taskgate:misuse-detection:member.blocked"), actions);
        assertEquals(4, events.size(), "both signals of both requests are kept as evidence");
        assertEquals(1.0, events.get(0).weight(), "the marker's major deviation");
        assertEquals(0.1, events.get(1).weight(), 1e-9, "one major deviation; the embedding agreeing adds the slight weight");
        assertTrue(events.get(1).evidence().endsWith("[confidence 0.80]"), events.get(1).evidence());
    }

    @Test
    void aSuspendPolicySuspendsForItsPeriod() {
        policy.apply(new MisusePolicy.Settings(null, null, null, 1.0, FlagAction.SUSPEND, 30, null, null, null));
        keeper().record("globex", "heidi", "req_1", "globex-etl", offTopic());
        assertEquals(MemberStatus.SUSPENDED, heidi.status());
        assertEquals(NOW.plus(Duration.ofMinutes(30)), heidi.suspendedUntil());
    }

    @Test
    void aWarnPolicyFlagsWithoutTouchingTheMembership() {
        policy.apply(new MisusePolicy.Settings(null, null, null, 1.0, FlagAction.WARN, null, null, null, null));
        var outcome = keeper().record("globex", "heidi", "req_1", "globex-etl", offTopic()).outcome();
        assertEquals(Optional.of(FlagAction.WARN), outcome.action());
        assertEquals(MemberStatus.ACTIVE, heidi.status());
        assertTrue(actions.isEmpty());
        assertTrue(scores.get("globex/heidi").flagged());
    }

    static RequestAssessment offTopic(String prompt) {
        return offTopic().withPrompt(PromptKey.of(prompt));
    }

    @Test
    void aPromptSentAgainIsNotCountedAgainButItsEvidenceIsKept() {
        ScoreKeeper keeper = keeper();
        keeper.record("globex", "heidi", "req_1", "globex-etl", offTopic("Plan my holiday in Lisbon"));
        var retry = keeper.record("globex", "heidi", "req_2", "globex-etl", offTopic("  plan my   holiday in lisbon\n"));
        assertTrue(retry.outcome().action().isEmpty(), "a retry of the same prompt is the same evidence");
        assertEquals(1.1, retry.outcome().score(), 1e-9);
        assertEquals(MemberStatus.ACTIVE, heidi.status());
        assertEquals(4, events.size());
        assertEquals(0, events.get(2).weight() + events.get(3).weight(), 1e-9);
        assertTrue(events.get(2).evidence().endsWith(MisuseEvent.REPEAT_NOTE), events.get(2).evidence());
    }

    @Test
    void aDifferentPromptCountsInFullAndBlocks() {
        ScoreKeeper keeper = keeper();
        keeper.record("globex", "heidi", "req_1", "globex-etl", offTopic("Plan my holiday in Lisbon"));
        var second = keeper.record("globex", "heidi", "req_2", "globex-etl", offTopic("Write my wedding speech"));
        assertEquals(Optional.of(FlagAction.BLOCK), second.outcome().action());
        assertEquals(MemberStatus.BLOCKED, heidi.status());
    }

    @Test
    void aPromptSentAgainAfterTheRepeatWindowCountsAgain() {
        ScoreKeeper keeper = keeper();
        keeper.record("globex", "heidi", "req_1", "globex-etl", offTopic("Plan my holiday in Lisbon"));
        keeper.clock = Clock.fixed(NOW.plus(ScoreKeeper.REPEAT_WINDOW).plusSeconds(1), ZoneOffset.UTC);
        keeper.record("globex", "heidi", "req_2", "globex-etl", offTopic("Plan my holiday in Lisbon"));
        assertTrue(events.get(2).weight() > 0.9, "a week later it is new evidence again");
    }

    @Test
    void requestsWithoutAssessedTextAreNeverTakenForRepeats() {
        ScoreKeeper keeper = keeper();
        keeper.record("globex", "heidi", "req_1", "globex-etl", offTopic());
        var second = keeper.record("globex", "heidi", "req_2", "globex-etl", offTopic());
        assertEquals(Optional.of(FlagAction.BLOCK), second.outcome().action());
    }

    @Test
    void afterAnOwnersReviewAPromptSentBeforeCountsAgain() {
        ScoreKeeper keeper = keeper();
        keeper.record("globex", "heidi", "req_1", "globex-etl", offTopic("Plan my holiday in Lisbon"));
        keeper.clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        scores.get("globex/heidi").reset(NOW.plusSeconds(30));
        var after = keeper.record("globex", "heidi", "req_2", "globex-etl", offTopic("Plan my holiday in Lisbon"));
        assertEquals(1.1, after.outcome().score(), 1e-9, "the review started the score and its memory again");
    }
}

package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
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
import io.taskgate.core.domain.model.misuse.RequestAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rule of {@link DeviationScoring}: uncorroborated slights cannot block, corroboration adds weight. */
class DeviationScoringTest {

    static final TaskInfo ETL = new TaskInfo("globex-etl", "globex", "ETL", "Sensor ETL", true, Set.of("code", "data"));

    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    final MisusePolicy policy = MisusePolicy.defaults("globex");
    final Map<String, DeviationScore> scores = new HashMap<>();
    final List<MisuseEvent> events = new ArrayList<>();
    final List<Map<String, Object>> webhooks = new ArrayList<>();
    final Membership heidi = new Membership("globex", "heidi", "h@globex.example", MemberRole.CONTRACTOR, now);
    final DeviationScoring scoring = new DeviationScoring();
    final List<String> sessionsEnded = new ArrayList<>();
    int requests;

    @BeforeEach
    void wire() {
        Clock clock = new Clock() {
            @Override public ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        ScoreKeeper keeper = new ScoreKeeper();
        keeper.clock = clock;
        keeper.misuse = new MisuseRepository() {
            public MisusePolicy policy(String tenantId) { return policy; }
            public MisusePolicy savePolicy(MisusePolicy p) { return p; }
            public DeviationScore scoreForUpdate(String t, String u) {
                return scores.computeIfAbsent(t + "/" + u, k -> new DeviationScore(t, u, now));
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
                change.accept(heidi);
                return heidi;
            }
        };
        scoring.keeper = keeper;
        scoring.clock = clock;
        scoring.notifier = new FlagNotifier() {
            @Override
            public void flagged(MisusePolicy p, Map<String, Object> event) {
                webhooks.add(event);
            }
        };
        scoring.warnings = new MemberWarnings() {
            @Override
            public void evict(String tenantId, String username) {
            }
        };
        scoring.accounts = new io.taskgate.core.application.admin.Invitations() {
            @Override
            public boolean endSessionsIfRemoved(Membership changed) {
                sessionsEnded.add(changed.username() + ":" + changed.status());
                return true;
            }
        };
    }

    static Finding embedding(Severity severity, double confidence) {
        return new Finding("embedding", severity, severity == Severity.MAJOR ? "off_topic" : "doc", confidence,
                severity == Severity.MAJOR ? "similarity to task 0.05" : "closest label 'doc' is not expected");
    }

    /** A request of heidi labelled {@code intent} by the marker, with these detector findings. */
    DeviationScoring.Outcome request(String intent, Finding... findings) {
        RequestAssessment assessment = RequestAssessment.of(ETL, intent, List.of(findings));
        return scoring.record("globex", "heidi", "req_" + (++requests), ETL.id(), assessment).orElseThrow();
    }

    double score() {
        return scores.get("globex/heidi").valueAt(now, policy.halfLifeHours());
    }

    @Test
    void aHundredRequestsEachWithOneSlightSignalNeverReachTheThreshold() {
        for (int i = 0; i < 100; i++) {
            DeviationScoring.Outcome outcome = request("code", embedding(Severity.SLIGHT, 0.6));
            assertTrue(outcome.action().isEmpty(), "request " + (i + 1) + " flagged heidi at " + outcome.score());
            assertTrue(outcome.score() < policy.threshold() / 2 + 1e-9, "slights alone stay under half the threshold: " + outcome.score());
            now = now.plusSeconds(8);
        }
        assertEquals(MemberStatus.ACTIVE, heidi.status());
        assertFalse(scores.get("globex/heidi").flagged());
        assertTrue(webhooks.isEmpty());
        assertEquals(RequestAssessment.slightCeiling(policy), score(), 1e-3, "topped up to the slight ceiling");
        assertEquals(100, events.size(), "every slight is still kept as evidence");
        assertEquals(0.0, events.get(99).weight(), 1e-3, "one detector's slight adds nothing once the ceiling is reached");
    }

    @Test
    void slightsOfTheIntentMarkerAloneCannotBlockEither() {
        for (int i = 0; i < 60; i++) {
            assertTrue(request("doc").action().isEmpty());
        }
        assertEquals(MemberStatus.ACTIVE, heidi.status());
    }

    @Test
    void twoConfidentMajorDeviationsStillBlock() {
        assertTrue(request("code", embedding(Severity.MAJOR, 0.99)).action().isEmpty());
        now = now.plus(Duration.ofMinutes(30));
        DeviationScoring.Outcome second = request("code", embedding(Severity.MAJOR, 0.99));
        assertEquals(Optional.of(FlagAction.BLOCK), second.action());
        assertEquals(MemberStatus.BLOCKED, heidi.status());
        assertEquals(1, webhooks.size());
    }

    @Test
    void anAutomaticBlockEndsThePersonsSessionsAsAnOwnersBlockDoes() {
        request("code", embedding(Severity.MAJOR, 0.99));
        assertEquals(List.of(), sessionsEnded, "no crossing yet");
        request("code", embedding(Severity.MAJOR, 0.99));
        assertEquals(List.of("heidi:BLOCKED"), sessionsEnded);
    }

    @Test
    void twoUnsureMajorsOfOneDetectorDoNotBlockAndAThirdDoes() {
        assertTrue(request("code", embedding(Severity.MAJOR, 0.9)).action().isEmpty());
        now = now.plus(Duration.ofMinutes(30));
        DeviationScoring.Outcome second = request("code", embedding(Severity.MAJOR, 0.9));
        assertTrue(second.action().isEmpty(), "1.4 after two of one detector below 0.97");
        assertEquals(MemberStatus.ACTIVE, heidi.status());
        now = now.plus(Duration.ofMinutes(30));
        assertEquals(Optional.of(FlagAction.BLOCK), request("code", embedding(Severity.MAJOR, 0.9)).action());
        assertEquals(MemberStatus.BLOCKED, heidi.status());
    }

    @Test
    void aSlightAndAMajorOfTwoDetectorsOnOneRequestAddMoreThanAMajorAlone() {
        double alone = request("code", embedding(Severity.MAJOR, 0.8)).score();
        scores.clear();
        double corroborated = request("doc", embedding(Severity.MAJOR, 0.8)).score();

        assertEquals(policy.majorWeight() * RequestAssessment.WEAK_MAJOR_SHARE, alone, 1e-9,
                "one detector's MAJOR alone at 0.8 is weak");
        assertTrue(corroborated > alone, corroborated + " <= " + alone);
        assertEquals(policy.majorWeight() + policy.slightWeight(), corroborated, 1e-9, "the agreeing slight adds its full weight");
    }

    @Test
    void slightsOfTwoDetectorsOnOneRequestAddTheFullWeightEvenAboveTheSlightCeiling() {
        for (int i = 0; i < 30; i++) {
            request("code", embedding(Severity.SLIGHT, 0.6));
        }
        double before = score();
        double after = request("doc", embedding(Severity.SLIGHT, 0.6)).score();
        assertEquals(before + policy.slightWeight(), after, 1e-9, "marker and embedding agree: corroborated");
    }

    @Test
    void slightsBeforeAMajorDeviationDoNotMakeItABlock() {
        for (int i = 0; i < 50; i++) {
            request("code", embedding(Severity.SLIGHT, 0.6));
        }
        assertTrue(request("off_topic", embedding(Severity.MAJOR, 0.8)).action().isEmpty(),
                "one off-topic request two detectors agree on, after many slights, is not a block");
        assertEquals(MemberStatus.ACTIVE, heidi.status());
        assertEquals(Optional.of(FlagAction.BLOCK), request("off_topic", embedding(Severity.MAJOR, 0.8)).action(),
                "a second one is");
    }

    @Test
    void aFlagKeepsEveryDetectorsEvidenceAndConfidenceWithItsPartOfTheWeight() {
        request("off_topic", embedding(Severity.MAJOR, 0.8));
        request("off_topic", embedding(Severity.MAJOR, 0.75), new Finding("keywords", Severity.SLIGHT, "dating", 1.0,
                "matched rule 'dating'"));

        assertEquals(5, events.size(), "one event per signal: " + events.stream().map(MisuseEvent::source).toList());
        MisuseEvent embedding = events.get(3);
        assertEquals("embedding", embedding.source());
        assertEquals("similarity to task 0.05 [confidence 0.75]", embedding.evidence());
        assertEquals("matched rule 'dating' [confidence 1.00]", events.get(4).evidence());
        assertEquals(List.of(1.0, 0.1, 0.1), events.subList(2, 5).stream().map(MisuseEvent::weight).toList(),
                "the marker's major carries the major weight, each agreeing detector the slight weight");
        assertEquals(1.2, events.subList(2, 5).stream().mapToDouble(MisuseEvent::weight).sum(), 1e-9);

        assertEquals(1, webhooks.size());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) webhooks.get(0).get("evidence");
        assertEquals(List.of("intent-marker", "embedding", "keywords"), evidence.stream().map(e -> e.get("detector")).toList());
        assertEquals(0.75, evidence.get(1).get("confidence"));
        assertEquals("similarity to task 0.05", evidence.get(1).get("evidence"));
    }
}

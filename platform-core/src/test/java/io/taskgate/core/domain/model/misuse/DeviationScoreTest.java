package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviationScoreTest {

    static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    static final TaskInfo ETL = new TaskInfo("globex-etl", "globex", "ETL", "Sensor ETL", true, Set.of("code", "data", "test"));
    final MisusePolicy policy = MisusePolicy.defaults("globex");

    @Test
    void theScoreHalvesEveryHalfLife() {
        DeviationScore score = new DeviationScore("globex", "heidi", T0);
        score.add(1.0, T0, policy);
        assertEquals(1.0, score.valueAt(T0, 24), 1e-9);
        assertEquals(0.5, score.valueAt(T0.plus(Duration.ofHours(24)), 24), 1e-9);
        assertEquals(0.25, score.valueAt(T0.plus(Duration.ofHours(48)), 24), 1e-9);
    }

    @Test
    void twoMajorDeviationsReachTheDefaultThresholdAndFlagOnce() {
        DeviationScore score = new DeviationScore("globex", "heidi", T0);
        assertFalse(score.add(1.0, T0, policy));
        assertTrue(score.add(1.0, T0.plus(Duration.ofMinutes(90)), policy), "1.0 decayed for 90 min + 1.0 = 1.96 rounds to 2.0");
    }

    @Test
    void majorDeviationsHoursApartDoNotReachTheThreshold() {
        DeviationScore score = new DeviationScore("globex", "heidi", T0);
        score.add(1.0, T0, policy);
        assertFalse(score.add(1.0, T0.plus(Duration.ofHours(3)), policy), "1.0 * 0.5^(3/24) + 1.0 = 1.92");
    }

    @Test
    void decayBetweenDeviationsCanKeepAMemberBelowTheThreshold() {
        DeviationScore score = new DeviationScore("globex", "heidi", T0);
        score.add(1.0, T0, policy);
        assertFalse(score.add(1.0, T0.plus(Duration.ofHours(24)), policy), "0.5 + 1.0 = 1.5 < 2.0");
        assertEquals(1.5, score.valueAt(T0.plus(Duration.ofHours(24)), 24), 1e-9);
    }

    @Test
    void aFlaggedMemberIsNotFlaggedAgainUntilTheOwnerDecides() {
        DeviationScore score = new DeviationScore("globex", "heidi", T0);
        score.add(2.0, T0, policy);
        assertTrue(score.flagged());
        assertFalse(score.add(1.0, T0, policy));
        score.resolve();
        assertTrue(score.add(1.0, T0, policy), "still above the threshold after a decision: flagged again");
        score.reset(T0);
        assertEquals(0, score.valueAt(T0, 24));
        assertFalse(score.flagged());
    }

    @Test
    void offTopicIsMajorALabelOutsideTheTaskIsSlightAndAgreeingDetectorsAddTheSlightWeight() {
        assertEquals(Severity.MAJOR, RequestAssessment.of(ETL, "off_topic", List.of()).severity());
        assertEquals(Severity.SLIGHT, RequestAssessment.of(ETL, "doc", List.of()).severity());
        assertEquals(Severity.NONE, RequestAssessment.of(ETL, "data", List.of()).severity());
        assertEquals(Severity.NONE, RequestAssessment.of(ETL, "unknown", List.of()).severity());
        var both = RequestAssessment.of(ETL, "off_topic",
                List.of(new Finding("embedding", Severity.MAJOR, "off_topic", 0.9, "far from the task")));
        assertEquals(1.1, both.weight(policy), 1e-9, "one major deviation, and a second detector agreeing with it");
        assertEquals(2, both.signals().size(), "both signals are kept as evidence");
        var slightFinding = RequestAssessment.of(ETL, "code",
                List.of(new Finding("keywords", Severity.SLIGHT, null, 1, "matched 'salary'")));
        assertEquals(0.1, slightFinding.weight(policy), 1e-9);
    }

    @Test
    void aMajorOfOneUnsureDetectorWeighsLessAndTwoOfThemDoNotBlockAMember() {
        var unsure = RequestAssessment.of(ETL, null,
                List.of(new Finding("embedding", Severity.MAJOR, "off_topic", 0.9, "p(misuse) 0.90")));
        assertTrue(unsure.weakMajor());
        assertEquals(0.7, unsure.weight(policy), 1e-9, "one detector's MAJOR alone below 0.97");
        assertEquals(0.7, unsure.signalWeights(policy, unsure.weight(policy))[0], 1e-9, "its evidence carries it");
        Instant t0 = Instant.parse("2026-12-06T09:00:00Z");
        DeviationScore score = new DeviationScore("acme", "zoe", t0);
        assertFalse(score.add(unsure.weight(policy, score.valueAt(t0, 24)), t0, policy));
        assertFalse(score.add(unsure.weight(policy, score.valueAt(t0, 24)), t0, policy), "1.4: not blocked");
        assertTrue(score.add(unsure.weight(policy, score.valueAt(t0, 24)), t0, policy), "the third reaches 2.1");
    }

    @Test
    void aConfidentMajorTheMarkersOffTopicAndACorroboratedMajorWeighInFull() {
        var sure = RequestAssessment.of(ETL, null,
                List.of(new Finding("embedding", Severity.MAJOR, "off_topic", 0.99, "p(misuse) 0.99")));
        assertFalse(sure.weakMajor());
        assertEquals(1.0, sure.weight(policy), 1e-9);
        assertEquals(1.0, RequestAssessment.of(ETL, "off_topic", List.of()).weight(policy), 1e-9, "confidence 1");
        var agreed = RequestAssessment.of(ETL, null, List.of(
                new Finding("embedding", Severity.MAJOR, "off_topic", 0.9, "p(misuse) 0.90"),
                new Finding("keywords", Severity.SLIGHT, "prompt-meta", 1, "matched 'system prompt'")));
        assertFalse(agreed.weakMajor(), "a second detector corroborates it");
        assertEquals(1.1, agreed.weight(policy), 1e-9);
        var twoUnsureOfOneDetector = RequestAssessment.of(ETL, null, List.of(
                new Finding("embedding", Severity.MAJOR, "off_topic", 0.9, "the turn"),
                new Finding("embedding", Severity.MAJOR, "off_topic", 0.8, "the turn with the system prompt")));
        assertEquals(0.7, twoUnsureOfOneDetector.weight(policy), 1e-9, "one detector, however many findings");
    }

    @Test
    void policySettingsAreValidatedAndAppliedPartially() {
        var bad = new MisusePolicy.Settings(-1.0, null, 0.0, null, null, 0, null, "ftp://x", null);
        assertEquals(4, bad.problems().size(), bad.problems().toString());
        MisusePolicy p = MisusePolicy.defaults("acme");
        p.apply(new MisusePolicy.Settings(null, null, null, 3.0, FlagAction.SUSPEND, null, null, "https://hooks.example/x", "s"));
        assertEquals(3.0, p.threshold());
        assertEquals(FlagAction.SUSPEND, p.action());
        assertEquals(0.1, p.slightWeight());
        assertEquals("https://hooks.example/x", p.webhookUrl());
    }
}

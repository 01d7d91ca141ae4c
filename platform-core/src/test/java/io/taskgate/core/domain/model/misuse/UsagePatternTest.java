package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsagePatternTest {

    static final Set<String> EXPECTED = Set.of("code", "test");
    static final UsagePattern.Limits LIMITS = UsagePattern.Limits.DEFAULTS;

    static List<Finding> assess(UsagePattern.Volume volume, List<String> recent, List<String> older) {
        return UsagePattern.assess(volume, recent, older, EXPECTED, LIMITS);
    }

    @Test
    void aSteadyMemberRaisesNothing() {
        var volume = new UsagePattern.Volume(20, 10_000, 20 * 24 * 7, 10_000L * 24 * 7);
        assertTrue(assess(volume, Collections.nCopies(10, "code"), Collections.nCopies(40, "code")).isEmpty());
    }

    @Test
    void aRequestSpikeAgainstTheMembersOwnBaselineIsSlightAndAHugeOneMajor() {
        var fiveTimes = assess(new UsagePattern.Volume(100, 0, 20 * 24 * 7, 0), List.of(), List.of());
        assertEquals(Severity.SLIGHT, fiveTimes.get(0).severity());
        assertTrue(fiveTimes.get(0).evidence().contains("requests spike: 100 in the last hour"), fiveTimes.get(0).evidence());
        var tenTimes = assess(new UsagePattern.Volume(200, 0, 20 * 24 * 7, 0), List.of(), List.of());
        assertEquals(Severity.MAJOR, tenTimes.get(0).severity());
    }

    @Test
    void smallNumbersNeverCountAsASpike() {
        assertTrue(assess(new UsagePattern.Volume(25, 1000, 0, 0), List.of(), List.of()).isEmpty(), "a new member's first hour");
    }

    @Test
    void abruptTopicSwitchingIsSlight() {
        List<String> hopping = List.of("code", "data", "ops", "doc", "code", "design", "data", "off_topic", "test", "ops");
        List<Finding> findings = assess(new UsagePattern.Volume(0, 0, 0, 0), hopping, List.of());
        assertTrue(findings.stream().anyMatch(f -> f.evidence().startsWith("abrupt topic switching: the intent changed 9 times")),
                findings.toString());
    }

    @Test
    void aSuddenShareOfOffTaskLabelsAgainstHistoryIsSlight() {
        List<String> recent = List.of("doc", "doc", "doc", "doc", "doc", "doc", "code", "code", "code", "code");
        List<Finding> findings = assess(new UsagePattern.Volume(0, 0, 0, 0), recent, Collections.nCopies(40, "code"));
        assertTrue(findings.stream().anyMatch(f -> f.evidence().startsWith("sudden change of behaviour: 60%")), findings.toString());
    }

    static final UsagePattern.Prior PRIOR = LIMITS.newMemberPrior();

    @Test
    void aMemberWithNoHistoryIsComparedWithTheNewMemberPrior() {
        var firstHour = new UsagePattern.Volume(100, 150_000, 0, 0, 0, PRIOR);
        assertTrue(assess(firstHour, List.of(), List.of()).isEmpty(), "100 requests, 150,000 tokens against 120 and 200,000 an hour");

        List<Finding> flood = assess(new UsagePattern.Volume(1_300, 0, 0, 0, 0, PRIOR), List.of(), List.of());
        assertEquals(Severity.MAJOR, flood.get(0).severity(), "1,300 in the first hour is still more than 10 times 120");
    }

    @Test
    void theMembersOwnAverageIsBlendedWithThePriorByHoursOfHistoryOverADay() {
        // 6 hours of history at 10 an hour: expected 0.25 * 10 + 0.75 * 120 = 92.5 an hour
        var sixHours = new UsagePattern.Volume(500, 0, 60, 0, 6, PRIOR);
        assertEquals(0.25, sixHours.historyWeight(), 1e-9);
        List<Finding> findings = assess(sixHours, List.of(), List.of());
        assertEquals(Severity.SLIGHT, findings.get(0).severity(), findings.toString());
        assertTrue(findings.get(0).evidence().contains("5.4 times the expected hourly rate (92.5: 6 h of the member's own "
                + "history, weighted 25%, blended with the default rate of new members)"), findings.get(0).evidence());
    }

    @Test
    void fromADayOfHistoryOnTheMembersOwnAverageOverTheirHoursCountsAlone() {
        // a day at 10 an hour: 100 is 10 times that, whatever the prior
        List<Finding> findings = assess(new UsagePattern.Volume(100, 0, 240, 0, 24, PRIOR), List.of(), List.of());
        assertEquals(Severity.MAJOR, findings.get(0).severity(), findings.toString());
        assertTrue(findings.get(0).evidence().contains("the member's hourly average of the week before (10.0)"),
                findings.get(0).evidence());
    }
}

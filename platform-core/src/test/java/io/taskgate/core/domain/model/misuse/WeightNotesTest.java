package io.taskgate.core.domain.model.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WeightNotesTest {

    static final MisusePolicy POLICY = MisusePolicy.defaults("acme");

    static Finding finding(String detector, Severity severity, double confidence) {
        return new Finding(detector, severity, "off_topic", confidence, "evidence");
    }

    static List<String> notes(RequestAssessment a, double scoreBefore, boolean repeat) {
        double weight = repeat ? 0 : a.weight(POLICY, scoreBefore);
        return WeightNotes.of(a, POLICY, a.signalWeights(POLICY, weight), weight, scoreBefore, repeat);
    }

    @Test
    void aWeakMajorSaysItCountsSevenTenthsBecauseOneUnsureDetectorAloneFlaggedIt() {
        RequestAssessment a = new RequestAssessment(Severity.MAJOR, List.of(finding("embedding", Severity.MAJOR, 0.91)));
        assertEquals(List.of("0.70, 0.7 of a major deviation: only this detector flagged the request, at confidence 0.91;"
                + " one detector alone counts in full from 0.97"), notes(a, 0, false));
    }

    @Test
    void aSureMajorAloneCountsInFullAndSaysItsConfidence() {
        RequestAssessment a = new RequestAssessment(Severity.MAJOR, List.of(finding("keywords", Severity.MAJOR, 1)));
        assertEquals(List.of("1.00, a major deviation (confidence 1.00)"), notes(a, 0, false));
    }

    @Test
    void anUnsureMajorThatASecondDetectorCorroboratesCountsInFullAndTheSecondAddsItsShare() {
        RequestAssessment a = new RequestAssessment(Severity.MAJOR, List.of(finding("embedding", Severity.MAJOR, 0.9),
                finding("embedding", Severity.SLIGHT, 0.9), finding("keywords", Severity.SLIGHT, 1)));
        assertEquals(List.of("1.00, a major deviation, flagged by 2 detectors",
                "counted once, with this detector's first signal on the request",
                "+0.10: a second detector agreed that the request deviates"), notes(a, 0, false));
    }

    @Test
    void oneDetectorsSlightSignalsSayWhereTheirCeilingStopsThem() {
        RequestAssessment a = new RequestAssessment(Severity.SLIGHT, List.of(finding("embedding", Severity.SLIGHT, 0.6)));
        assertEquals(List.of("0.10, a slight deviation; one detector's slight signals alone raise the score to 0.80 at"
                + " most"), notes(a, 0.2, false));
        assertEquals(List.of("0.05 of 0.10: one detector's slight signals alone raise the score to 0.80 at most"),
                notes(a, 0.75, false));
        assertEquals(List.of("not counted: the score (0.80) was already at 0.80, as high as one detector's slight"
                + " signals alone can raise it"), notes(a, 0.8, false));
    }

    @Test
    void slightSignalsOfTwoDetectorsSayBothFlaggedIt() {
        RequestAssessment a = new RequestAssessment(Severity.SLIGHT, List.of(finding("embedding", Severity.SLIGHT, 0.6),
                finding("usage-patterns", Severity.SLIGHT, 1)));
        assertEquals("0.10, a slight deviation flagged by 2 detectors", notes(a, 0.9, false).get(0));
    }

    @Test
    void aRepeatedPromptSaysWhyItCountsNothing() {
        RequestAssessment a = new RequestAssessment(Severity.MAJOR, List.of(finding("embedding", Severity.MAJOR, 0.99)));
        assertEquals(List.of("not counted: the member sent this prompt before, and it was scored then"),
                notes(a, 1.0, true));
    }
}

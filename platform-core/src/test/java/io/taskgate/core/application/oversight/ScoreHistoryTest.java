package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.ScorePoint;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreHistoryTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static MisuseEvent event(Instant at, String source, double weight, double scoreAfter) {
        return new MisuseEvent("globex", "heidi", "req-" + at.getEpochSecond(), "globex-etl", at, source, "MAJOR",
                "off_topic", weight, scoreAfter, "why [confidence 0.90]");
    }

    @Test
    void theScoreStandsAtEachSignalsScoreAfterAndHalvesOverOneHalfLife() {
        Instant second = T0.plus(Duration.ofHours(24));
        List<ScorePoint> points = ScoreHistory.of(List.of(event(second, "embedding", 1, 1.5), event(T0, "intent-marker", 1, 1.0)),
                List.of(), 24, second, 1.5);
        assertEquals(new ScorePoint(T0.toString(), 1.0, true), points.get(0), "the oldest signal comes first");
        ScorePoint justBefore = points.get(points.indexOf(new ScorePoint(second.toString(), 1.5, true)) - 1);
        assertEquals(0.5, justBefore.score(), 0.001, "decayed by half after one half-life");
        assertFalse(justBefore.signal());
        assertEquals(new ScorePoint(second.toString(), 1.5, false), points.get(points.size() - 1), "ends with the score now");
    }

    @Test
    void signalsOfOneRequestAreOnePointAtTheHighestScoreAfterThem() {
        List<ScorePoint> points = ScoreHistory.of(List.of(event(T0, "intent-marker", 1, 1.1), event(T0, "embedding", 0.1, 1.1),
                event(T0, "keywords", 0.1, 0.9)), List.of(), 24, T0, 1.1);
        assertEquals(List.of(new ScorePoint(T0.toString(), 1.1, true), new ScorePoint(T0.toString(), 1.1, false)), points);
    }

    @Test
    void anOwnersReEnablingDropsTheLineToZeroWhenItHappened() {
        Instant reset = T0.plus(Duration.ofHours(2));
        Instant now = T0.plus(Duration.ofHours(5));
        List<ScorePoint> points = ScoreHistory.of(List.of(event(T0, "intent-marker", 1, 2.0)), List.of(reset), 24, now, 0);
        assertTrue(points.contains(new ScorePoint(reset.toString(), 0, false)), points.toString());
        assertTrue(points.stream().filter(p -> Instant.parse(p.at()).isAfter(reset)).allMatch(p -> p.score() == 0), points.toString());
        assertTrue(points.stream().filter(p -> Instant.parse(p.at()).isAfter(T0) && Instant.parse(p.at()).isBefore(reset))
                .allMatch(p -> p.score() < 2.0 && p.score() > 1.8), "decays between the signal and the reset: " + points);
    }

    @Test
    void aMemberWithoutSignalsHasOnlyTheScoreNow() {
        assertEquals(List.of(new ScorePoint(T0.toString(), 0, false)), ScoreHistory.of(List.of(), List.of(), 24, T0, 0));
    }
}

package io.taskgate.devstack.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FullDetectionLadderTest {

    private static FullDetectionLadder.Step step(int rate, double achieved, long shed) {
        return new FullDetectionLadder.Step(rate, achieved, rate * 5, shed, 1.5, 0.1, Percentiles.of(new long[]{1000}));
    }

    @Test
    void ratesAreReadAscendingWithoutBlanksOrNonPositiveValues() {
        assertArrayEquals(new int[]{200, 400, 800}, FullDetectionLadder.rates(" 800, 200,,400 ,0"));
        assertArrayEquals(new int[0], FullDetectionLadder.rates(""));
    }

    @Test
    void aStepThatShedsADetectorRunOrFallsBehindItsRateDoesNotAssessEveryRequest() {
        assertTrue(step(400, 396, 0).everyRequestAssessed());
        assertFalse(step(400, 400, 1).everyRequestAssessed(), "one shed run");
        assertFalse(step(400, 370, 0).everyRequestAssessed(), "the load fell more than 5% behind the rate");
    }

    @Test
    void theHighestFullyAssessedRateIsTheLastBeforeTheFirstStepThatFailed() {
        List<FullDetectionLadder.Step> steps = List.of(step(200, 200, 0), step(400, 400, 0), step(600, 600, 12),
                step(800, 800, 0));
        assertEquals(400, FullDetectionLadder.highestFullyAssessed(steps).orElseThrow().rate());
        assertTrue(FullDetectionLadder.highestFullyAssessed(List.of(step(200, 200, 3))).isEmpty());
    }

    @Test
    void theTargetsCpuFigureIsTheHighestFullyAssessedRatesAndIsNotClaimedWithoutOne() {
        List<FullDetectionLadder.Step> steps = List.of(step(200, 200, 0), step(400, 400, 0), step(600, 600, 12));
        List<FullDetectionLadder.Step> builtin = List.of(step(200, 200, 0));
        assertEquals("1.50 ms per fully assessed request at 400 req/s",
                LatencyBenchmark.loadedCpu(List.of(steps, builtin, builtin)));
        assertEquals("not measured (no rate of the ladder had every request assessed)",
                LatencyBenchmark.loadedCpu(List.of(List.of(step(200, 200, 3)), builtin, builtin)));
        assertEquals("not measured (no ladder)", LatencyBenchmark.loadedCpu(List.of()));
    }
}

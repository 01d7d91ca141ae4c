package io.taskgate.devstack.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PercentilesTest {

    @Test
    void nearestRankPicksTheValueAtOrAboveTheShareOfTheSample() {
        long[] sorted = new long[200];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(100, Percentiles.at(sorted, 0.50));
        assertEquals(198, Percentiles.at(sorted, 0.99));
        assertEquals(199, Percentiles.at(sorted, 0.995));
        assertEquals(1, Percentiles.at(sorted, 0.0));
        assertEquals(200, Percentiles.at(sorted, 1.0));
    }

    @Test
    void millisecondsAndMicrosecondsGiveTheSameRank() {
        double[] ms = {0.5, 1.5, 2.5, 3.5, 9.0};
        long[] micros = {500, 1_500, 2_500, 3_500, 9_000};
        for (double q : new double[]{0.2, 0.5, 0.9, 0.99}) {
            assertEquals(Percentiles.at(micros, q) / 1000.0, Percentiles.at(ms, q), 1e-9);
        }
    }

    @Test
    void anEmptySampleReadsZero() {
        assertEquals(0, Percentiles.at(new long[0], 0.99));
        assertEquals(0.0, Percentiles.at(new double[0], 0.5));
        assertEquals(new Percentiles(0, 0, 0, 0), Percentiles.of(new long[0]));
    }

    @Test
    void ofSortsACopyAndKeepsTheInput() {
        long[] input = {30, 10, 20};
        Percentiles p = Percentiles.of(input);
        assertEquals(20, p.p50());
        assertEquals(30, p.p99());
        assertEquals(30, input[0]);
    }
}

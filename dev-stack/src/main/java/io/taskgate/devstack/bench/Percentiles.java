package io.taskgate.devstack.bench;

import java.util.Arrays;

/** Percentiles of a sample of durations in microseconds. */
record Percentiles(long p50, long p90, long p99, int count) {

    static Percentiles of(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.length);
    }

    private static long at(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String ms(long micros) {
        return String.format("%.2f ms", micros / 1000.0);
    }
}

package io.taskgate.devstack.bench;

import java.util.Arrays;

/** Percentiles of a sample of durations in microseconds. */
record Percentiles(long p50, long p90, long p99, int count) {

    static Percentiles of(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), sorted.length);
    }

    /** The nearest-rank percentile {@code q} (0-1) of a sorted sample; 0 for none. */
    static long at(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[rank(sorted.length, q)];
    }

    /** The nearest-rank percentile {@code q} (0-1) of a sorted sample; 0 for none. */
    static double at(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[rank(sorted.length, q)];
    }

    private static int rank(int n, double q) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    static String ms(long micros) {
        return String.format("%.2f ms", micros / 1000.0);
    }
}

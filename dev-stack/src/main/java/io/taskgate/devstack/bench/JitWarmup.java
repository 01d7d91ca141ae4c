package io.taskgate.devstack.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.function.IntFunction;

/**
 * Warms a gateway at the rate it is about to be measured at, until its JIT compiler is quiet. A gateway warmed at
 * 400 req/s still has code to compile at 100 req/s: its queues run empty, its batches hold one row, and the optimizing
 * compiler (C2) compiled about 800 methods for the first time in the first half-minute of it (PrintCompilation, see
 * docs/benchmarks.md). Rounds of 10 s until the compiler threads use under 0.1 ms per request, or {@code maxRounds}
 * have passed, so that what is measured is the gateway's steady state, not its compiler's backlog.
 */
final class JitWarmup {

    static final double QUIET_MILLIS_PER_REQUEST = 0.1;

    private JitWarmup() {
    }

    static void atRate(HttpClient http, IntFunction<HttpRequest> requests, ProcessStats process, String name, int rate,
                       int workers, int maxRounds) throws InterruptedException {
        int perRound = rate * 10;
        for (int round = 1; round <= maxRounds; round++) {
            long from = process.cpuNanos();
            long jitFrom = process.jitNanos();
            FixedRateLoad.run(http, requests, rate, workers, perRound);
            double jit = process.jitMillisSince(jitFrom) / perRound;
            System.out.printf("  %s, warm-up at %d req/s, round %d: CPU per request %.2f ms, of which the JIT compilers"
                    + " %.2f ms%n", name, rate, round, (process.cpuNanos() - from) / 1e6 / perRound, jit);
            if (jit < QUIET_MILLIS_PER_REQUEST) {
                return;
            }
        }
    }
}

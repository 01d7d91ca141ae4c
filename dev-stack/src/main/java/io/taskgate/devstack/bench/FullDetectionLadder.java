package io.taskgate.devstack.bench;

import io.taskgate.devstack.PayaraServer;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The default configuration at rising fixed rates, to find the highest at which it still assesses <b>every</b>
 * request: no detector run shed (the queue beside the upstream call sheds visibly, in {@code taskgate_stage_shed_total},
 * when the detectors fall behind). CPU per request there is what a machine pays for a fully assessed request at a
 * useful load. The figure at 100 req/s also carries what a mostly idle machine spends anyway (background threads,
 * waking threads for each request); the one at saturation counts requests whose detectors were shed.
 *
 * <p>A step counts the CPU from its first request until the process has worked off its backlog (the detectors and
 * the ledger finish behind the answers), so a step's CPU per request includes every detector's run. The built-in
 * configuration and the direct call run the same steps in turn: the ratio, and latencies added to the direct call's
 * at the same rate. Prints nothing itself and asserts nothing.
 */
final class FullDetectionLadder {

    /** One rate's outcome. {@code cpuMillis} per answered request, the backlog included (NaN: no process to read). */
    record Step(int rate, double achieved, int requests, long shed, double cpuMillis, double jitMillis,
                Percentiles latency) {

        /** The load kept the asked rate (within 5%) and no detector run was shed. */
        boolean everyRequestAssessed() {
            return shed == 0 && achieved >= 0.95 * rate;
        }
    }

    /** One configuration climbing the ladder. */
    record Climber(LatencyBenchmark.Target target, Optional<PayaraServer> detectors) {
    }

    private static final long QUIET_WINDOW_MILLIS = 250;
    /** A window in which the process used less than this share of a core ends its backlog. */
    private static final double QUIET_SHARE = 0.05;

    private FullDetectionLadder() {
    }

    /** The rates to climb, from {@code spec} ("200,400,600"), ascending. */
    static int[] rates(String spec) {
        return Arrays.stream(spec.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .mapToInt(Integer::parseInt).filter(r -> r > 0).sorted().toArray();
    }

    /**
     * Runs {@code seconds} at each of {@code rates} for every climber in turn (rotating which goes first), until the
     * rate at which the first climber (the configuration with detectors) no longer assesses every request; returns
     * each climber's steps, in the order of {@code climbers}.
     */
    static List<List<Step>> climb(HttpClient http, List<Climber> climbers, PromptMix mix, int[] rates, int seconds,
                                  int workers) throws InterruptedException {
        List<List<Step>> steps = new ArrayList<>();
        climbers.forEach(c -> steps.add(new ArrayList<>()));
        for (int r = 0; r < rates.length; r++) {
            Step withDetectors = null;
            for (int k = 0; k < climbers.size(); k++) {
                int which = (k + r) % climbers.size();
                Step step = step(http, climbers.get(which), mix, rates[r], seconds, workers);
                steps.get(which).add(step);
                if (which == 0) {
                    withDetectors = step;
                }
            }
            if (withDetectors != null && !withDetectors.everyRequestAssessed()) {
                break;
            }
        }
        return steps;
    }

    /** The highest step at which every request was assessed, if any. */
    static Optional<Step> highestFullyAssessed(List<Step> steps) {
        Step best = null;
        for (Step s : steps) {
            if (!s.everyRequestAssessed()) {
                break;
            }
            best = s;
        }
        return Optional.ofNullable(best);
    }

    private static Step step(HttpClient http, Climber climber, PromptMix mix, int rate, int seconds, int workers)
            throws InterruptedException {
        LatencyBenchmark.Target target = climber.target();
        ProcessStats process = target.process();
        int requests = rate * seconds;
        long shedBefore = climber.detectors().map(LatencyBenchmark::shed).orElse(0L);
        long cpuBefore = process == null ? 0 : process.cpuNanos();
        long jitBefore = process == null ? 0 : process.jitNanos();
        long start = System.nanoTime();
        long[] micros = FixedRateLoad.run(http, i -> target.chat(mix.next(false)), rate, workers, requests);
        double achieved = requests / ((System.nanoTime() - start) / 1e9);
        long shed = climber.detectors().map(LatencyBenchmark::shed).orElse(0L) - shedBefore;
        if (process == null) {
            return new Step(rate, achieved, requests, shed, Double.NaN, Double.NaN, Percentiles.of(micros));
        }
        long cpuAfter = cpuAfterBacklog(process);
        double jit = process.jitMillisSince(jitBefore);
        return new Step(rate, achieved, requests, shed, (cpuAfter - cpuBefore) / 1e6 / requests, jit / requests,
                Percentiles.of(micros));
    }

    /**
     * The process's CPU reading once its backlog is done: at the start of the first short window in which it used
     * less than {@link #QUIET_SHARE} of a core (at most 30 s), so the quiet time itself is not counted.
     */
    private static long cpuAfterBacklog(ProcessStats process) throws InterruptedException {
        return process.awaitQuiet(QUIET_WINDOW_MILLIS, QUIET_SHARE, 1, 30_000).cpuNanos();
    }
}

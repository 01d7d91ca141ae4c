package io.taskgate.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of a server process and its descendants (nginx's workers, node's helpers), read from
 * {@code /proc}. Zero where {@code /proc} is not there.
 */
record ProcessStats(long pid) {

    private static final double TICK_NANOS = 1e9 / 100;

    /** User plus system CPU of the process tree so far, in nanoseconds. */
    long cpuNanos() {
        return tree().map(ProcessStats::cpuTicks).sum() * (long) TICK_NANOS;
    }

    /**
     * User plus system CPU, so far, of the JVM's JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…})
     * in the process, in nanoseconds: the part of {@link #cpuNanos()} that is compiling rather than serving. A compiler
     * thread that has ended (the JVM starts and stops them with the load) is no longer counted; zero without {@code /proc}.
     */
    long jitNanos() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.filter(ProcessStats::isCompilerThread)
                    .mapToLong(t -> cpuTicks(t.resolve("stat"))).sum() * (long) TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Milliseconds the JIT compiler threads used since {@code fromNanos} (a {@link #jitNanos()} reading); never
     * negative, though a compiler thread that ended in between takes its time with it.
     */
    double jitMillisSince(long fromNanos) {
        return Math.max(0, jitNanos() - fromNanos) / 1e6;
    }

    /**
     * CPU so far of each thread of the process, in milliseconds, by thread name ({@code comm}, at most 15 characters,
     * so threads of one pool share a name and are summed); empty without {@code /proc}.
     */
    java.util.Map<String, Long> threadMillis() {
        java.util.Map<String, Long> millis = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(t -> {
                try {
                    String comm = Files.readString(t.resolve("comm")).strip();
                    millis.merge(comm, cpuTicks(t.resolve("stat")) * (long) (TICK_NANOS / 1e6), Long::sum);
                } catch (IOException e) {
                    // the thread ended in between
                }
            });
        } catch (IOException | RuntimeException e) {
            return java.util.Map.of();
        }
        return millis;
    }

    private static boolean isCompilerThread(Path task) {
        try {
            String comm = Files.readString(task.resolve("comm")).strip();
            return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    /** How a wait for quiet ended: the CPU reading where the quiet stretch began, the time waited, whether it came. */
    record Quiet(long cpuNanos, long waitedMillis, boolean reached) {
    }

    /**
     * Waits until the process tree has used less than {@code shareOfCore} of a core in {@code windows} windows of
     * {@code windowMillis} in a row, at most {@code maxMillis}. The reading returned is the one where the quiet stretch
     * began (the quiet time itself not counted), or the last one where quiet never came.
     */
    Quiet awaitQuiet(long windowMillis, double shareOfCore, int windows, long maxMillis) throws InterruptedException {
        long quietNanos = (long) (windowMillis * 1e6 * shareOfCore);
        long reading = cpuNanos();
        long quietFrom = reading;
        int quiet = 0;
        long waited = 0;
        while (quiet < windows && waited < maxMillis) {
            Thread.sleep(windowMillis);
            waited += windowMillis;
            long now = cpuNanos();
            if (now - reading < quietNanos) {
                if (quiet++ == 0) {
                    quietFrom = reading;
                }
            } else {
                quiet = 0;
            }
            reading = now;
        }
        return quiet >= windows ? new Quiet(quietFrom, waited, true) : new Quiet(reading, waited, false);
    }

    /** Resident set size of the process tree, in bytes. */
    long rssBytes() {
        return tree().map(ProcessStats::rssKb).sum() * 1024;
    }

    private LongStream tree() {
        return ProcessHandle.of(pid)
                .map(p -> LongStream.concat(LongStream.of(p.pid()), p.descendants().mapToLong(ProcessHandle::pid)))
                .orElse(LongStream.empty());
    }

    private static long cpuTicks(long pid) {
        return cpuTicks(Path.of("/proc", Long.toString(pid), "stat"));
    }

    private static long cpuTicks(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}

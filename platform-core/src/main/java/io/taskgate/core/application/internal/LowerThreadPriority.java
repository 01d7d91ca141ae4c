package io.taskgate.core.application.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the calling thread's CPU priority: on Linux every thread is a task with a nice value of its own, which it may
 * raise without privileges ({@code renice -n <nice> -p <tid>}, the thread's id read from {@code /proc/thread-self}).
 * A detector thread that computes (the local embedding) then yields the cores to request threads whenever both want
 * them, and still gets all the CPU nobody else wants; in the idle scheduling class ({@link #intoIdleClass}) it yields
 * them at once. Elsewhere (no {@code /proc/thread-self}, no {@code renice} or {@code chrt}) it says so once and does
 * not try again, so that each new detector thread does not start a process that fails.
 */
final class LowerThreadPriority {

    private static final Logger LOG = Logger.getLogger(LowerThreadPriority.class.getName());
    /** The commands that failed once: not tried again until a restart. */
    private static final Set<String> UNAVAILABLE = ConcurrentHashMap.newKeySet();

    private LowerThreadPriority() {
    }

    /** Sets the calling thread's nice value to {@code nice} (1 to 19); whether it did. */
    static boolean ofCurrentThread(int nice) {
        if (nice <= 0) {
            return false;
        }
        return run("renice", "-n", Integer.toString(Math.min(19, nice)), "-p");
    }

    /**
     * Moves the calling thread into Linux's idle scheduling class ({@code SCHED_IDLE}, {@code chrt --idle}), which
     * any thread may enter without privileges: it then runs only on a core that no thread of the normal class wants,
     * and a request thread that wakes up takes the core from it at once, where a niced thread may first finish its
     * time slice. Whether it did.
     */
    static boolean intoIdleClass() {
        return run("chrt", "--idle", "--pid", "0");
    }

    /** Runs {@code command} with the calling thread's id appended; whether it succeeded. */
    private static boolean run(String... command) {
        String name = command[0];
        if (UNAVAILABLE.contains(name)) {
            return false;
        }
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.isSymbolicLink(self)) {
                return unavailable(name, "no /proc/thread-self");
            }
            String tid = Files.readSymbolicLink(self).getFileName().toString(); // "<pid>/task/<tid>"
            String[] line = Arrays.copyOf(command, command.length + 1);
            line[command.length] = tid;
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return unavailable(name, name + " did not finish within 5 s");
            }
            return process.exitValue() == 0 || unavailable(name, name + " exited with " + process.exitValue());
        } catch (IOException | UnsupportedOperationException e) {
            return unavailable(name, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean unavailable(String command, String why) {
        if (UNAVAILABLE.add(command)) {
            LOG.log(Level.INFO, "Detector threads: {0} could not lower their CPU priority ({1}); not tried again "
                    + "until a restart (gateway.misuse-pre.beside.nice=0 and gateway.misuse-pre.beside.idle-class=false "
                    + "skip it)", new Object[] {command, why});
        }
        return false;
    }
}

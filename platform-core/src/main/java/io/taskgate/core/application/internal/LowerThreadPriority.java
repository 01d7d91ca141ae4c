package io.taskgate.core.application.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lowers the calling thread's CPU priority: on Linux every thread is a task with a nice value of its own, which it may
 * raise without privileges ({@code renice -n <nice> -p <tid>}, the thread's id read from {@code /proc/thread-self}).
 * A detector thread that computes (the local embedding) then yields the cores to request threads whenever both want
 * them, and still gets all the CPU nobody else wants. Elsewhere (no {@code /proc/thread-self}, no {@code renice}) it
 * says so once and does not try again, so that each new detector thread does not start a process that fails.
 */
final class LowerThreadPriority {

    private static final Logger LOG = Logger.getLogger(LowerThreadPriority.class.getName());
    private static final AtomicBoolean UNAVAILABLE = new AtomicBoolean();

    private LowerThreadPriority() {
    }

    /** Sets the calling thread's nice value to {@code nice} (1 to 19); whether it did. */
    static boolean ofCurrentThread(int nice) {
        if (nice <= 0 || UNAVAILABLE.get()) {
            return false;
        }
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.isSymbolicLink(self)) {
                return unavailable("no /proc/thread-self");
            }
            String tid = Files.readSymbolicLink(self).getFileName().toString(); // "<pid>/task/<tid>"
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(Math.min(19, nice)), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return unavailable("renice did not finish within 5 s");
            }
            return renice.exitValue() == 0 || unavailable("renice exited with " + renice.exitValue());
        } catch (IOException | UnsupportedOperationException e) {
            return unavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean unavailable(String why) {
        if (UNAVAILABLE.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "Detector threads run at the requests' CPU priority: their priority could not be "
                    + "lowered ({0}); not tried again until a restart (gateway.misuse-pre.beside.nice=0 skips it)", why);
        }
        return false;
    }
}

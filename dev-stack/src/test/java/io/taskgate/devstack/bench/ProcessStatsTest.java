package io.taskgate.devstack.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waiting for a process to be quiet ({@link ProcessStats#awaitQuiet}), on this test's own JVM. */
class ProcessStatsTest {

    private final ProcessStats self = new ProcessStats(ProcessHandle.current().pid());

    @Test
    void quietComesAfterTheAskedNumberOfQuietWindowsAndReturnsTheReadingWhereTheyBegan() throws Exception {
        long before = self.cpuNanos();
        // a share of 100 cores: every window is quiet
        ProcessStats.Quiet quiet = self.awaitQuiet(20, 100, 3, 10_000);
        assertTrue(quiet.reached());
        assertEquals(60, quiet.waitedMillis(), "three windows of 20 ms");
        assertTrue(quiet.cpuNanos() >= before && quiet.cpuNanos() <= self.cpuNanos(),
                "the reading where the quiet stretch began");
    }

    @Test
    void aProcessThatIsNeverQuietEnoughIsWaitedForAtMostTheLimit() throws Exception {
        // a share of no core: no window is quiet
        ProcessStats.Quiet quiet = self.awaitQuiet(20, 0, 1, 100);
        assertFalse(quiet.reached());
        assertEquals(100, quiet.waitedMillis());
    }
}

package io.taskgate.core.application.internal;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.core.application.pipeline.RegisteredStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedDetectorQueueTest {

    final CountDownLatch release = new CountDownLatch(1);
    final List<BoundedDetectorQueue> queues = new ArrayList<>();

    static RegisteredStage detector(String id) {
        return new RegisteredStage(id, StageFamily.MISUSE_PRE, 100, e -> StageResult.proceed(), false);
    }

    BoundedDetectorQueue queue(Map<String, ?> settings) {
        BoundedDetectorQueue queue = new BoundedDetectorQueue(r -> {
            Thread t = new Thread(r, "test-detector");
            t.setDaemon(true);
            return t;
        }, settings);
        queues.add(queue);
        return queue;
    }

    Runnable blocked() {
        return () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @AfterEach
    void stop() {
        release.countDown();
        queues.forEach(BoundedDetectorQueue::stop);
    }

    /** What {@code read} gives on a detector thread of {@code queue}. */
    private int onADetectorThread(BoundedDetectorQueue queue, java.util.function.IntSupplier read)
            throws InterruptedException {
        int[] value = {Integer.MIN_VALUE};
        CountDownLatch ran = new CountDownLatch(1);
        assertTrue(queue.offer(detector("embedding"), () -> {
            value[0] = read.getAsInt();
            ran.countDown();
        }));
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        return value[0];
    }

    private int niceOfADetectorThread(BoundedDetectorQueue queue) throws InterruptedException {
        return onADetectorThread(queue, BoundedDetectorQueueTest::niceOfCurrentThread);
    }

    private int policyOfADetectorThread(BoundedDetectorQueue queue) throws InterruptedException {
        return onADetectorThread(queue, BoundedDetectorQueueTest::policyOfCurrentThread);
    }

    /** This thread's nice value as the kernel reports it ({@code /proc/thread-self/stat}, field 19). */
    static int niceOfCurrentThread() {
        return statOfCurrentThread(19);
    }

    /** This thread's scheduling policy as the kernel reports it ({@code /proc/thread-self/stat}, field 41). */
    static int policyOfCurrentThread() {
        return statOfCurrentThread(41);
    }

    /** Field {@code field} (numbered from 1, as proc(5) numbers them) of {@code /proc/thread-self/stat}. */
    private static int statOfCurrentThread(int field) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[field - 3]); // fields after the name start at field 3
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final int SCHED_OTHER = 0;
    static final int SCHED_IDLE = 5;

    static boolean canChrt() {
        return canRun("chrt");
    }

    @Test
    void detectorThreadsRunInTheIdleSchedulingClassByDefault() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canChrt(), "Linux with chrt");
        assertEquals(SCHED_OTHER, policyOfCurrentThread(), "the test (a request) runs in the normal class");
        assertEquals(SCHED_IDLE, policyOfADetectorThread(queue(Map.of("gateway.misuse-pre.beside.threads", 1))));
        assertEquals(SCHED_OTHER, policyOfCurrentThread(), "the request's own thread is left as it was");
    }

    @Test
    void idleClassFalseLeavesDetectorThreadsInTheNormalClass() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canChrt(), "Linux with chrt");
        assertEquals(SCHED_OTHER, policyOfADetectorThread(queue(Map.of("gateway.misuse-pre.beside.threads", 1,
                "gateway.misuse-pre.beside.idle-class", " FALSE "))));
    }

    @Test
    void anIdleClassValueThatIsNeitherTrueNorFalseKeepsTheDefault() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canChrt(), "Linux with chrt");
        assertEquals(SCHED_IDLE, policyOfADetectorThread(queue(Map.of("gateway.misuse-pre.beside.threads", 1,
                "gateway.misuse-pre.beside.idle-class", "no"))), "'no' is not read as false: the default applies");
    }

    static boolean canRenice() {
        return canRun("renice");
    }

    /** Linux with {@code /proc/thread-self} and {@code command} on the path. */
    private static boolean canRun(String command) {
        return java.nio.file.Files.isSymbolicLink(java.nio.file.Path.of("/proc/thread-self"))
                && java.util.stream.Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> java.nio.file.Files.isExecutable(java.nio.file.Path.of(d, command)));
    }

    @Test
    void detectorThreadsYieldTheCpuToRequestsAtNiceTenByDefault() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canRenice(), "Linux with renice");
        assertEquals(0, niceOfCurrentThread(), "the test (a request) runs at nice 0");
        assertEquals(10, niceOfADetectorThread(queue(Map.of("gateway.misuse-pre.beside.threads", 1))));
        assertEquals(0, niceOfCurrentThread(), "the request's own thread is left as it was");
    }

    @Test
    void eachDetectorsThreadsAreNamedAfterIt() throws Exception {
        BoundedDetectorQueue queue = queue(Map.of("gateway.misuse-pre.beside.threads", 1, "gateway.misuse-pre.beside.nice", 0));
        for (String id : List.of("embedding-classifier", "keyword")) {
            String[] name = {null};
            CountDownLatch ran = new CountDownLatch(1);
            assertTrue(queue.offer(detector(id), () -> {
                name[0] = Thread.currentThread().getName();
                ran.countDown();
            }));
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertEquals("detector-" + id + "-1", name[0]);
        }
    }

    @Test
    void niceZeroLeavesDetectorThreadsAtTheRequestsPriority() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(canRenice(), "Linux with renice");
        assertEquals(niceOfCurrentThread(), niceOfADetectorThread(queue(Map.of(
                "gateway.misuse-pre.beside.threads", 1, "gateway.misuse-pre.beside.nice", 0))));
        assertEquals(7, niceOfADetectorThread(queue(Map.of(
                "gateway.misuse-pre.beside.threads", 1, "gateway.misuse-pre.beside.nice", 7))));
    }

    @Test
    void aDetectorWaitingOnTheNetworkDoesNotHoldUpAnother() throws Exception {
        BoundedDetectorQueue queue = queue(Map.of("gateway.misuse-pre.beside.threads", 1));
        assertTrue(queue.offer(detector("moderation"), blocked()));
        CountDownLatch embedded = new CountDownLatch(1);
        assertTrue(queue.offer(detector("embedding"), embedded::countDown));
        assertTrue(embedded.await(10, TimeUnit.SECONDS), "the embedding ran while moderation was still waiting");
    }

    @Test
    void aFullDetectorQueueShedsInsteadOfWaiting() {
        BoundedDetectorQueue queue = queue(Map.of("gateway.misuse-pre.beside.threads", 1, "gateway.misuse-pre.beside.queue", 2));
        assertTrue(queue.offer(detector("embedding"), blocked()), "running");
        assertTrue(queue.offer(detector("embedding"), blocked()), "queued");
        assertTrue(queue.offer(detector("embedding"), blocked()), "queued");
        assertFalse(queue.offer(detector("embedding"), () -> { }), "shed");
        assertEquals(Map.of("embedding", 2), queue.queued());
    }

    @Test
    void zeroThreadsRunTheDetectorOnTheRequestsOwnThread() {
        BoundedDetectorQueue queue = queue(Map.of("gateway.misuse-pre.beside.threads", 0));
        Thread[] ranOn = new Thread[1];
        assertTrue(queue.offer(detector("embedding"), () -> ranOn[0] = Thread.currentThread()));
        assertEquals(Thread.currentThread(), ranOn[0]);
    }
}

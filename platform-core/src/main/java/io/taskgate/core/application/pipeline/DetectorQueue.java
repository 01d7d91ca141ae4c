package io.taskgate.core.application.pipeline;

/**
 * Where the detectors that only score run, beside the upstream call: a bounded queue per detector, so that one that
 * waits on the network cannot hold up one that computes. When a detector's queue is full, its task is shed (not
 * run) and the caller is told, so that it can count and report it; it is never skipped silently.
 */
public interface DetectorQueue {

    /** Runs the detectors on the caller's own thread (tests; a gateway configured with no detector threads). */
    DetectorQueue INLINE = (stage, task) -> {
        task.run();
        return true;
    };

    /** Queues {@code stage}'s {@code task} to run on a thread of that detector; {@code false} when it was shed. */
    boolean offer(RegisteredStage stage, Runnable task);
}

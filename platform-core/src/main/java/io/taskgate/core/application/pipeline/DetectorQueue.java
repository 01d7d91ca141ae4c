package io.taskgate.core.application.pipeline;

/**
 * Where the detectors that only score run, beside the upstream call. Bounded: when it is full, a task is shed
 * (not run) and the caller is told, so that it can count and report it; it is never skipped silently.
 */
public interface DetectorQueue {

    /** Runs the detectors on the caller's own thread (tests; a gateway configured with no detector threads). */
    DetectorQueue INLINE = task -> {
        task.run();
        return true;
    };

    /** Queues {@code task} to run on a detector thread; {@code false} when the queue is full and it was shed. */
    boolean offer(Runnable task);
}

package io.taskgate.plugins.moderation;

import io.taskgate.plugins.moderation.ModerationDetectorFactory.ModerationUnavailableException;
import io.taskgate.plugins.moderation.ModerationDetectorFactory.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Shares moderation calls among prompts: a few dispatchers each take whatever prompts are queued when they are free
 * (at most {@code maxBatch}) and send them in one call. The prompts that arrive while calls are in flight share the
 * next call, so the number of calls drops with load.
 * <p>
 * With a {@code linger}, a dispatcher that takes a prompt also waits that long for others before it calls, unless the
 * batch fills first: at a steady 100 prompts a second, a linger of 20 ms made 0.38 calls per prompt instead
 * of one. A linger delays each verdict by at most itself, so it is only for verdicts nobody waits for (a detector
 * that reports beside the upstream call); a detector that may refuse in front of the call has none, and a prompt
 * that finds a dispatcher idle is then sent at once. Someone may still wait for such a verdict: under a policy that
 * refuses flagged members, the member's next request waits until the earlier ones are scored. {@link #hurry()} then
 * ends the linger in progress, and no linger starts for the next {@code linger}: the prompts held are sent at once.
 */
final class ModerationBatcher {

    private record Pending(String text, CompletableFuture<Verdict> verdict) {
    }

    /** Put in the queue by {@link #hurry()} to wake a lingering dispatcher; never sent. */
    private static final Pending HURRY = new Pending("", new CompletableFuture<>());

    private final ModerationClient client;
    private final int maxBatch;
    private final long lingerNanos;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong calls = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final ReentrantLock gathering = new ReentrantLock();
    private volatile boolean lingering;
    /** When {@link #hurry()} was last called ({@link System#nanoTime()}); no linger starts within a linger of it. */
    private volatile long hurriedAt;

    ModerationBatcher(ModerationClient client, int dispatchers, int maxBatch, Duration linger) {
        if (dispatchers < 1 || maxBatch < 1 || linger.isNegative()) {
            throw new IllegalArgumentException("moderation needs at least one dispatcher, a batch of one and no "
                    + "negative linger");
        }
        this.client = client;
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.hurriedAt = System.nanoTime() - 2 * lingerNanos - 1;
        for (int i = 0; i < dispatchers; i++) {
            Thread dispatcher = new Thread(this::dispatch, "taskgate-moderation-" + i);
            dispatcher.setDaemon(true);
            dispatcher.start();
            threads.add(dispatcher);
        }
    }

    /** Dispatcher threads still running. */
    long liveDispatchers() {
        return threads.stream().filter(Thread::isAlive).count();
    }

    /** Stops the dispatchers; prompts still queued fail as unavailable. */
    void close() {
        threads.forEach(Thread::interrupt);
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.verdict().completeExceptionally(
                new ModerationUnavailableException("the moderation detector was closed", null)));
    }

    /**
     * The verdict on {@code text}, waiting at most twice the call's timeout (one call ahead of it, then its own) and
     * the linger.
     */
    Verdict verdict(String text) {
        CompletableFuture<Verdict> verdict = new CompletableFuture<>();
        queue.add(new Pending(text, verdict));
        long waitMillis = 2 * client.timeout().toMillis() + TimeUnit.NANOSECONDS.toMillis(lingerNanos);
        try {
            return verdict.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ModerationUnavailableException("moderation call failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            verdict.cancel(false);
            throw new ModerationUnavailableException("moderation call took longer than " + waitMillis
                    + " ms, queued behind others", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModerationUnavailableException("moderation call interrupted", e);
        }
    }

    /**
     * Someone waits for the verdicts: the prompts a dispatcher holds back are sent now, and for the next linger none
     * is held back (the prompt the waiting request is for may not be queued yet). Returns at once.
     */
    void hurry() {
        hurriedAt = System.nanoTime();
        if (lingering) {
            queue.offer(HURRY);
        }
    }

    /** Moderation calls made so far (one per batch). */
    long calls() {
        return calls.get();
    }

    /**
     * Fills {@code batch}: the next prompt, those queued behind it, and those that arrive within the linger, at most
     * {@code maxBatch}. One dispatcher gathers at a time, so that idle dispatchers do not each take one prompt of a
     * trickle and linger alone; the others wait for the gatherer to start its call.
     */
    private void gather(List<Pending> batch) throws InterruptedException {
        gathering.lockInterruptibly();
        try {
            Pending first;
            do {
                first = queue.take();
            } while (first == HURRY); // one that came after the linger it was for had ended
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            if (!batch.removeIf(p -> p == HURRY) && !hurried()) {
                linger(batch);
            }
        } finally {
            gathering.unlock();
        }
    }

    /** Whether a request started waiting within the last linger: no prompt is held back then. */
    boolean hurried() {
        return System.nanoTime() - hurriedAt < lingerNanos;
    }

    /** Whether a dispatcher is holding prompts back now (for tests). */
    boolean lingering() {
        return lingering;
    }

    /** Adds the prompts that arrive within the linger of the first one, until the batch is full. */
    private void linger(List<Pending> batch) throws InterruptedException {
        lingering = true;
        try {
            long deadline = System.nanoTime() + lingerNanos;
            for (long left = lingerNanos; left > 0 && batch.size() < maxBatch && !hurried();
                 left = deadline - System.nanoTime()) {
                Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null || next == HURRY) {
                    return;
                }
                batch.add(next);
                queue.drainTo(batch, maxBatch - batch.size());
                if (batch.removeIf(p -> p == HURRY)) {
                    return;
                }
            }
        } finally {
            lingering = false;
        }
    }

    private void dispatch() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            try {
                gather(batch);
            } catch (InterruptedException e) {
                batch.forEach(p -> p.verdict().completeExceptionally(
                        new ModerationUnavailableException("the moderation detector was closed", e)));
                return;
            }
            batch.removeIf(p -> p.verdict().isDone()); // given up on by a caller that waited too long
            if (batch.isEmpty()) {
                continue;
            }
            calls.incrementAndGet();
            try {
                List<Verdict> verdicts = client.moderate(batch.stream().map(Pending::text).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).verdict().complete(verdicts.get(i));
                }
            } catch (RuntimeException e) {
                batch.forEach(p -> p.verdict().completeExceptionally(e));
            }
        }
    }
}

package io.taskgate.plugins.moderation;

import io.taskgate.plugins.moderation.ModerationDetectorFactory.ModerationUnavailableException;
import io.taskgate.plugins.moderation.ModerationDetectorFactory.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shares moderation calls among concurrent prompts, without waiting for a batch to fill: a few dispatchers each
 * take whatever prompts are queued when they are free (at most {@code maxBatch}) and send them in one call. A prompt
 * that arrives while every dispatcher is idle goes alone at once; under load, the prompts that arrive while calls
 * are in flight share the next call. So the number of calls drops with load and the delay never grows beyond one
 * call in flight.
 */
final class ModerationBatcher {

    private record Pending(String text, CompletableFuture<Verdict> verdict) {
    }

    private final ModerationClient client;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong calls = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    ModerationBatcher(ModerationClient client, int dispatchers, int maxBatch) {
        if (dispatchers < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("moderation needs at least one dispatcher and a batch of one");
        }
        this.client = client;
        this.maxBatch = maxBatch;
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

    /** The verdict on {@code text}, waiting at most twice the call's timeout (one call ahead of it, then its own). */
    Verdict verdict(String text) {
        CompletableFuture<Verdict> verdict = new CompletableFuture<>();
        queue.add(new Pending(text, verdict));
        long waitMillis = 2 * client.timeout().toMillis();
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

    /** Moderation calls made so far (one per batch). */
    long calls() {
        return calls.get();
    }

    private void dispatch() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, maxBatch - 1);
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

package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a plugin's stage within a time budget <b>on the caller's own thread</b>: a watchdog interrupts a run that
 * passes its budget, and a run that passed it counts as failed. For the stages beside the upstream call, which run
 * on their detector's own threads already: {@link BudgetedStage} hands every run to another thread, so that a request
 * in front of the call never waits past the budget, and beside the call that cost two thread switches per detector
 * and request and ran the detector on a thread without the detector threads' lower priority.
 * <p>
 * The watchdog looks at the runs every {@value #TICK_MILLIS} ms, so a run is interrupted up to that much after its
 * budget; each run only enters and leaves a set.
 */
final class WatchedStage implements Stage {

    static final long TICK_MILLIS = 25;

    private static final Set<Run> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "taskgate-stage-watchdog");
        t.setDaemon(true);
        return t;
    });

    static {
        WATCHDOG.scheduleWithFixedDelay(WatchedStage::interruptOverdue, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private final Stage stage;
    private final long budgetMillis;
    private final String name;

    WatchedStage(Stage stage, long budgetMillis, String name) {
        if (budgetMillis <= 0) {
            throw new IllegalArgumentException("a watched stage needs a budget, not " + budgetMillis + " ms");
        }
        this.stage = stage;
        this.budgetMillis = budgetMillis;
        this.name = name;
    }

    @Override
    public StageResult apply(Exchange exchange) {
        Run run = new Run(Thread.currentThread(), System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis));
        RUNNING.add(run);
        StageResult result;
        try {
            result = stage.apply(exchange);
        } catch (RuntimeException e) {
            if (run.end()) {
                throw overBudget(e);
            }
            throw e;
        } finally {
            RUNNING.remove(run);
        }
        if (run.end() || System.nanoTime() - run.deadline > 0) {
            throw overBudget(null);
        }
        return result;
    }

    private BudgetedStage.OverBudgetException overBudget(RuntimeException cause) {
        return new BudgetedStage.OverBudgetException("Stage " + name + " ran past its budget of " + budgetMillis + " ms",
                cause);
    }

    private static void interruptOverdue() {
        long now = System.nanoTime();
        for (Run run : RUNNING) {
            run.interruptIfOverdue(now);
        }
    }

    /** One run of a stage: its thread and deadline, and whether the watchdog interrupted it. */
    private static final class Run {
        private static final int RUNNING = 0;
        private static final int ENDED = 1;
        private static final int INTERRUPTING = 2;
        private static final int INTERRUPTED = 3;

        private final Thread thread;
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        Run(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }

        void interruptIfOverdue(long now) {
            if (now - deadline > 0 && state.compareAndSet(RUNNING, INTERRUPTING)) {
                thread.interrupt();
                state.set(INTERRUPTED);
            }
        }

        /**
         * Ends the run on its own thread: whether the watchdog interrupted it. The interrupt is then cleared, once it
         * has been delivered, so that it does not reach the thread's next task.
         */
        boolean end() {
            if (state.compareAndSet(RUNNING, ENDED)) {
                return false;
            }
            while (state.get() == INTERRUPTING) {
                Thread.onSpinWait();
            }
            if (state.get() == INTERRUPTED) {
                Thread.interrupted();
                state.set(ENDED);
                return true;
            }
            return false; // already ended
        }
    }
}

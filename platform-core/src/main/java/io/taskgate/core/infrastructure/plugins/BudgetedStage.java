package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a plugin's stage within a time budget on a separate thread. A stage that runs past it is interrupted and
 * counts as failed, so the pipeline's fail policy decides and the request never waits longer than the budget.
 */
final class BudgetedStage implements Stage {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, 256, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "taskgate-stage-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private final Stage stage;
    private final long budgetMillis;
    private final String name;

    BudgetedStage(Stage stage, long budgetMillis, String name) {
        this.stage = stage;
        this.budgetMillis = budgetMillis;
        this.name = name;
    }

    /** The stage ran past its budget. */
    static final class OverBudgetException extends RuntimeException {
        OverBudgetException(String message) {
            this(message, null);
        }

        OverBudgetException(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    @Override
    public StageResult apply(Exchange exchange) {
        Future<StageResult> result;
        try {
            result = POOL.submit(() -> stage.apply(exchange));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new OverBudgetException("No thread free to run stage " + name + " within its budget");
        }
        try {
            return result.get(budgetMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new OverBudgetException("Stage " + name + " ran past its budget of " + budgetMillis + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new OverBudgetException("Interrupted while waiting for stage " + name);
        }
    }
}

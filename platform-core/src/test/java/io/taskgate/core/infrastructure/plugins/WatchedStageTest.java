package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageResult;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchedStageTest {

    @Test
    void aStageWithinItsBudgetRunsOnTheCallersOwnThreadAndAnswersAsItself() {
        StageResult refused = StageResult.refuse(Refusal.of(403, "no", "no"));
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        StageResult result = new WatchedStage(e -> {
            ranOn.set(Thread.currentThread());
            return refused;
        }, 1000, "misuse-pre/x").apply(null);
        assertEquals(refused, result);
        assertSame(Thread.currentThread(), ranOn.get(), "no hand-off to another thread");
    }

    @Test
    void aStagePastItsBudgetIsInterruptedFailsAndLeavesNoInterruptBehind() {
        AtomicBoolean interrupted = new AtomicBoolean();
        WatchedStage slow = new WatchedStage(e -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ie) {
                interrupted.set(true);
                Thread.currentThread().interrupt(); // as a well-behaved stage keeps the flag
            }
            return StageResult.proceed();
        }, 50, "misuse-pre/slow");
        BudgetedStage.OverBudgetException failure = assertThrows(BudgetedStage.OverBudgetException.class,
                () -> slow.apply(null));
        assertTrue(failure.getMessage().contains("misuse-pre/slow ran past its budget of 50 ms"), failure.getMessage());
        assertTrue(interrupted.get(), "the runaway stage was interrupted");
        assertFalse(Thread.currentThread().isInterrupted(), "the detector thread's next task starts uninterrupted");
    }

    @Test
    void aStageThatIgnoresTheInterruptStillFailsWhenItEndsPastItsBudget() {
        WatchedStage busy = new WatchedStage(e -> {
            long until = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // computes on, deaf to interrupts
            }
            return StageResult.proceed();
        }, 20, "misuse-pre/busy");
        assertThrows(BudgetedStage.OverBudgetException.class, () -> busy.apply(null));
        assertFalse(Thread.interrupted(), "no interrupt left behind");
    }

    @Test
    void aStagesOwnExceptionWithinItsBudgetReachesTheRunnerUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> new WatchedStage(e -> { throw boom; }, 1000, "misuse-pre/boom").apply(null)));
    }

    @Test
    void aStageWithoutABudgetIsNotWatched() {
        assertThrows(IllegalArgumentException.class, () -> new WatchedStage(e -> StageResult.proceed(), 0, "x"));
    }
}

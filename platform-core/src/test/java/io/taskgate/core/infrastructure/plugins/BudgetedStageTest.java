package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageResult;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetedStageTest {

    @Test
    void aStageWithinItsBudgetAnswersAsItself() {
        StageResult refused = StageResult.refuse(Refusal.of(403, "no", "no"));
        assertEquals(refused, new BudgetedStage(e -> refused, 1000, "misuse-pre/x").apply(null));
    }

    @Test
    void aStagePastItsBudgetIsInterruptedAndFails() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        BudgetedStage slow = new BudgetedStage(e -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ie) {
                interrupted.countDown();
            }
            return StageResult.proceed();
        }, 50, "misuse-pre/slow");
        BudgetedStage.OverBudgetException failure = assertThrows(BudgetedStage.OverBudgetException.class, () -> slow.apply(null));
        assertTrue(failure.getMessage().contains("50 ms"), failure.getMessage());
        assertTrue(interrupted.await(2, TimeUnit.SECONDS), "the runaway stage is interrupted");
    }

    @Test
    void aStagesOwnExceptionReachesTheRunnerUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertEquals(boom, assertThrows(IllegalStateException.class,
                () -> new BudgetedStage(e -> { throw boom; }, 1000, "misuse-pre/boom").apply(null)));
    }
}

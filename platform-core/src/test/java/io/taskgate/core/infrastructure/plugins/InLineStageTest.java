package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a plugin's stage in front of the call keeps its budget ({@link PluginRegistry#inLine}). */
class InLineStageTest {

    private final AtomicReference<Thread> ranOn = new AtomicReference<>();
    private final Stage recording = e -> {
        ranOn.set(Thread.currentThread());
        return StageResult.proceed();
    };

    private static PreCallMisuseStageFactory factory(boolean boundsItsOwnTime, boolean failsToSay) {
        return new PreCallMisuseStageFactory() {
            @Override
            public String id() {
                return "x";
            }

            @Override
            public Stage create() {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean boundsItsOwnTime() {
                if (failsToSay) {
                    throw new IllegalStateException("broken");
                }
                return boundsItsOwnTime;
            }
        };
    }

    @Test
    void aStageThatKeepsItsOwnBudgetRunsOnTheRequestsThread() {
        PluginRegistry.inLine(factory(true, false), recording, 1000, "misuse-pre/x").apply(null);
        assertSame(Thread.currentThread(), ranOn.get());
    }

    @Test
    void anyOtherPluginStageIsHandedToAThreadWithinItsBudget() {
        PluginRegistry.inLine(factory(false, false), recording, 1000, "misuse-pre/x").apply(null);
        assertNotSame(Thread.currentThread(), ranOn.get());
    }

    @Test
    void aFactoryThatFailsToSayIsHandedToAThreadWithinItsBudget() {
        PluginRegistry.inLine(factory(true, true), recording, 1000, "misuse-pre/x").apply(null);
        assertNotSame(Thread.currentThread(), ranOn.get());
    }

    @Test
    void aStageWithoutABudgetRunsAsItIs() {
        assertSame(recording, PluginRegistry.inLine(factory(false, false), recording, 0, "builtin"));
    }

    @Test
    void aStageThatKeepsItsOwnBudgetStillFailsWhenItRunsPastIt() {
        Stage late = PluginRegistry.inLine(factory(true, false), e -> {
            long until = System.nanoTime() + 80_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // a run that ignores its deadline
            }
            return StageResult.proceed();
        }, 20, "misuse-pre/x");
        assertThrows(BudgetedStage.OverBudgetException.class, () -> late.apply(null));
        assertFalse(Thread.currentThread().isInterrupted(), "the request's thread goes on uninterrupted");
    }
}

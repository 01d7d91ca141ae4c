package io.taskgate.plugins.faults;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

/**
 * TEST FIXTURE: a pre-call detector that misbehaves on demand, so the end-to-end suite can prove that a broken
 * plugin is isolated. A prompt containing {@code [fault:throw]} makes it throw; {@code [fault:hang]} makes it
 * sleep for a minute (far past any time budget). Any other prompt passes untouched.
 */
public class FaultInjectionDetectorFactory implements PreCallMisuseStageFactory {

    @Override
    public String id() {
        return "fault-injection";
    }

    @Override
    public Stage create() {
        return exchange -> {
            String prompt = exchange.promptText();
            if (prompt.contains("[fault:throw]")) {
                throw new IllegalStateException("fault-injection detector asked to throw");
            }
            if (prompt.contains("[fault:hang]")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return StageResult.proceed();
        };
    }

    @Override
    public String description() {
        return "Test fixture that throws or hangs on request; proves plugin isolation. Never deploy it.";
    }
}

package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.spi.StageFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PipelineOrderTest {

    @Test
    void theOrderIsDerivedFromTheFamiliesWithTheUpstreamCallBetween() {
        assertEquals(List.of(new PipelineOrder.Step(StageFamily.TASK_POLICY), new PipelineOrder.Step(StageFamily.QUOTA),
                new PipelineOrder.Step(StageFamily.MISUSE_PRE), PipelineOrder.Step.UPSTREAM_CALL,
                new PipelineOrder.Step(StageFamily.MISUSE_POST), new PipelineOrder.Step(StageFamily.SETTLEMENT)),
                PipelineOrder.ORDER);
        assertEquals(List.of(StageFamily.MISUSE_POST, StageFamily.SETTLEMENT), PipelineOrder.AFTER_CALL);
    }

    @Test
    void eachFamilysSpiBelongsToThatFamilyAndOnlyAdmissionFailsClosedByDefault() throws Exception {
        for (StageFamily family : StageFamily.values()) {
            InvocationHandler defaults = (proxy, method, args) -> InvocationHandler.invokeDefault(proxy, method, args);
            StageFactory factory = (StageFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{family.spi()}, defaults);
            assertEquals(family, factory.family(), family.spi().getSimpleName());
            assertEquals(family != StageFamily.TASK_POLICY && family != StageFamily.QUOTA, family.failsOpenByDefault(),
                    family.configKey());
        }
    }
}

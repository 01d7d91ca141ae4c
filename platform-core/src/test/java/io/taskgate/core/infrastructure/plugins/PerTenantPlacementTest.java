package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.core.application.pipeline.RegisteredStage;
import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether a plugin's stage may refuse a tenant's requests ({@link PluginRegistry#mayRefuseFor}). */
class PerTenantPlacementTest {

    /** A factory that says nothing per tenant. */
    private static class Plain implements PreCallMisuseStageFactory {
        @Override
        public String id() {
            return "keywords";
        }

        @Override
        public Stage create() {
            throw new UnsupportedOperationException();
        }
    }

    private static PreCallMisuseStageFactory factory(Predicate<String> answer) {
        return new Plain() {
            @Override
            public boolean mayRefuse(String tenantId) {
                return answer.test(tenantId);
            }
        };
    }

    @Test
    void aFactoryThatDoesNotAnswerPerTenantMayRefuseEveryTenant() {
        assertSame(RegisteredStage.EVERY_TENANT, PluginRegistry.mayRefuseFor(new Plain()));
    }

    @Test
    void aFactoryThatAnswersPerTenantIsAskedForEachTenant() {
        Predicate<String> mayRefuse = PluginRegistry.mayRefuseFor(factory(tenant -> tenant.equals("strict")));
        assertTrue(mayRefuse.test("strict"));
        assertFalse(mayRefuse.test("relaxed"));
    }

    @Test
    void aFactoryThatFailsToAnswerForATenantMayRefuseItSoItsStageRunsInFrontOfTheCall() {
        Predicate<String> mayRefuse = PluginRegistry.mayRefuseFor(factory(tenant -> {
            throw new IllegalStateException("broken");
        }));
        assertTrue(mayRefuse.test("acme"));
        assertTrue(mayRefuse.test("acme"), "every time (logged once)");
    }
}

package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.taskgate.core.TestExchanges.caller;
import static io.taskgate.core.TestExchanges.exchange;
import static io.taskgate.core.TestExchanges.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrantsTaskPolicyStageTest {

    final GrantsTaskPolicyStageFactory factory = new GrantsTaskPolicyStageFactory();
    final Stage stage = factory.create();

    final Caller granted = caller(Set.of("acme"), Set.of("task-1"), Set.of("chat.completions", "models"),
            Set.of("gpt-4o-mini"));
    final TaskInfo openTask = task("task-1", "acme", true);

    Refusal refused(StageResult result) {
        assertTrue(result.refused(), "expected a refusal");
        Refusal refusal = result.refusal().orElseThrow();
        assertEquals(403, refusal.status());
        assertEquals("permission_error", refusal.type());
        return refusal;
    }

    @Test
    void isTheTaskPolicyFamilyPluginGrants() {
        assertEquals("grants", factory.id());
        assertEquals(StageFamily.TASK_POLICY, factory.family());
    }

    @Test
    void fullyGrantedRequestProceeds() {
        assertFalse(stage.apply(exchange(granted, openTask, Endpoint.CHAT_COMPLETIONS, "gpt-4o-mini")).refused());
    }

    @Test
    void modelListWithoutModelNeedsOnlyTaskAndEndpoint() {
        assertFalse(stage.apply(exchange(granted, openTask, Endpoint.MODELS, null)).refused());
    }

    @Test
    void taskNotGrantedIsRefusedAsTaskNotAllowed() {
        Refusal refusal = refused(stage.apply(exchange(granted, task("task-2", "acme", true),
                Endpoint.CHAT_COMPLETIONS, "gpt-4o-mini")));

        assertEquals("task_not_allowed", refusal.code());
        assertTrue(refusal.message().contains("task-2"));
    }

    @Test
    void closedTaskIsRefusedAsTaskNotAllowed() {
        Refusal refusal = refused(stage.apply(exchange(granted, task("task-1", "acme", false),
                Endpoint.CHAT_COMPLETIONS, "gpt-4o-mini")));

        assertEquals("task_not_allowed", refusal.code());
        assertTrue(refusal.message().contains("closed"));
    }

    @Test
    void taskOfAnotherTenantIsRefusedAsTaskNotAllowed() {
        Refusal refusal = refused(stage.apply(exchange(granted, task("task-1", "globex", true),
                Endpoint.CHAT_COMPLETIONS, "gpt-4o-mini")));

        assertEquals("task_not_allowed", refusal.code());
    }

    @Test
    void endpointNotGrantedIsRefusedAsEndpointNotAllowed() {
        Refusal refusal = refused(stage.apply(exchange(granted, openTask, Endpoint.EMBEDDINGS, "gpt-4o-mini")));

        assertEquals("endpoint_not_allowed", refusal.code());
        assertTrue(refusal.message().contains("embeddings"));
    }

    @Test
    void modelNotGrantedIsRefusedAsModelNotAllowedListingTheAllowedOnes() {
        Refusal refusal = refused(stage.apply(exchange(granted, openTask, Endpoint.CHAT_COMPLETIONS, "o3")));

        assertEquals("model_not_allowed", refusal.code());
        assertTrue(refusal.message().contains("gpt-4o-mini"));
    }

    @Test
    void callerWithNoGrantsAtAllIsRefused() {
        Caller nobody = caller(Set.of(), Set.of(), Set.of(), Set.of());

        assertEquals("task_not_allowed",
                refused(stage.apply(exchange(nobody, openTask, Endpoint.CHAT_COMPLETIONS, "gpt-4o-mini"))).code());
    }

    @Test
    void taskCheckComesBeforeEndpointAndModelChecks() {
        Caller onlyModels = caller(Set.of("acme"), Set.of(), Set.of(), Set.of("gpt-4o-mini"));

        assertEquals("task_not_allowed",
                refused(stage.apply(exchange(onlyModels, openTask, Endpoint.EMBEDDINGS, "o3"))).code());
    }
}

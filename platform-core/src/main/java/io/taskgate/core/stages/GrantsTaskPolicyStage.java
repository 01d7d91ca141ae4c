package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.TaskInfo;

/**
 * The built-in task policy: the task must be open, belong to one of the caller's tenants and be granted to
 * the caller (token claim or key grant), and the endpoint and model must be granted too.
 */
final class GrantsTaskPolicyStage implements Stage {

    @Override
    public StageResult apply(Exchange exchange) {
        Caller caller = exchange.caller();
        TaskInfo task = exchange.task();
        if (!caller.mayUseTask(task.id()) || !caller.tenants().contains(task.tenantId())) {
            return refuse("task_not_allowed", "You are not assigned to task '" + task.id()
                    + "'. Use one of your tasks in X-Task-Id, or ask the project owner to assign this one.");
        }
        if (!task.open()) {
            return refuse("task_not_allowed", "Task '" + task.id() + "' is closed. Ask the project owner to reopen it.");
        }
        if (!caller.mayUseEndpoint(exchange.endpoint())) {
            return refuse("endpoint_not_allowed", "The endpoint '" + exchange.endpoint().claimName()
                    + "' is not granted to you. Ask the project owner to allow it.");
        }
        if (exchange.model().isPresent() && !caller.mayUseModel(exchange.model().get())) {
            return refuse("model_not_allowed", "The model '" + exchange.model().get()
                    + "' is not granted to you. Allowed models: " + String.join(", ", caller.models().stream().sorted().toList()) + ".");
        }
        return StageResult.proceed();
    }

    private static StageResult refuse(String code, String message) {
        return StageResult.refuse(Refusal.of(403, code, message));
    }
}

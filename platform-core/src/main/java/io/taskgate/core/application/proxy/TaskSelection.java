package io.taskgate.core.application.proxy;


import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.domain.model.task.TaskId;

/**
 * Which task a call is for. Every call names its task, in one of three places, so that tools that cannot add a
 * header can still be used:
 * <ol>
 *   <li>the {@code X-Task-Id} header;</li>
 *   <li>the base URL: {@code /t/<task>/v1/...};</li>
 *   <li>the API key, when it was issued for exactly one task.</li>
 * </ol>
 * Places that name a task must agree; a disagreement is refused with 400 {@code task_conflict}, never resolved by
 * picking one.
 */
public final class TaskSelection {

    private TaskSelection() {
    }

    /** The task id named by the call, or the refusal. {@code header} and {@code inPath} may be null. */
    public static String select(String header, String inPath, Caller caller) throws RefusalException {
        String fromHeader = header == null || header.isBlank() ? null : valid(header.strip(), "X-Task-Id");
        String fromPath = inPath == null ? null : valid(inPath, "the base URL (/t/<task>/v1)");
        String fromKey = caller != null && caller.authKind() == Caller.AuthKind.API_KEY && caller.tasks().size() == 1
                ? caller.tasks().iterator().next() : null;
        if (fromHeader != null && fromPath != null && !fromHeader.equals(fromPath)) {
            throw conflict("X-Task-Id names '" + fromHeader + "' but the base URL names '" + fromPath + "'");
        }
        String named = fromHeader != null ? fromHeader : fromPath;
        if (named != null && fromKey != null && !named.equals(fromKey)) {
            throw conflict((fromHeader != null ? "X-Task-Id" : "The base URL") + " names '" + named
                    + "' but this API key was issued for task '" + fromKey + "' only");
        }
        if (named != null) {
            return named;
        }
        if (fromKey != null) {
            return fromKey;
        }
        throw new RefusalException(Refusal.of(400, "missing_task_id", "Name the task this call is for: the header"
                + " 'X-Task-Id: acme-checkout', or the base URL http://<gateway>/t/acme-checkout/v1 for tools that cannot"
                + " add a header, or an API key issued for that one task.").withParam("X-Task-Id"));
    }

    private static String valid(String id, String where) throws RefusalException {
        if (!TaskId.isValid(id)) {
            throw new RefusalException(Refusal.of(400, "invalid_task_id", "The task id in " + where
                    + " must be 1-64 letters, digits, '.', '-' or '_'.").withParam("X-Task-Id"));
        }
        return id;
    }

    private static RefusalException conflict(String detail) {
        return new RefusalException(Refusal.of(400, "task_conflict", detail + ". Name one task per call, or make"
                + " the places agree.").withParam("X-Task-Id"));
    }
}

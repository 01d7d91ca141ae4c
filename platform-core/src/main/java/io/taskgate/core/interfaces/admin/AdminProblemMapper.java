package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.interfaces.http.OpenAiErrors;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Admin refusals in the OpenAI error format. */
@Provider
public class AdminProblemMapper implements ExceptionMapper<AdminProblem> {

    @Override
    public Response toResponse(AdminProblem problem) {
        Refusal refusal = Refusal.of(problem.status(), problem.code(), problem.getMessage());
        if (problem.status() == 503) {
            refusal = refusal.withHeader("Retry-After", "5");
        }
        return OpenAiErrors.response(refusal);
    }
}

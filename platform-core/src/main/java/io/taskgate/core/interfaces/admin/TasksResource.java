package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.TenantAdministration;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.taskgate.api.admin.TaskView;
import java.util.List;
import java.util.Set;

/** A tenant's tasks: create, read, change, close (never delete). */
@Path("api/tenants/{tenantId}/tasks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "The work a tenant grants access for")
@TenantManager
public class TasksResource {

    @Inject
    AdminContext admin;

    @Inject
    TaskRepository tasks;

    @Inject
    TenantAdministration administration;

    /** A new task. */
    public record NewTask(String id, String name, String description, Set<String> expectedIntents, Boolean open,
                          TaskQuota quota, java.util.List<String> examples) {
    }

    @GET
    @Operation(summary = "The tenant's tasks, open and closed")
    public List<TaskView> list(@PathParam("tenantId") String tenantId) {
        return tasks.findByTenant(admin.tenant().id()).stream().map(Views::of).toList();
    }

    @POST
    @Operation(summary = "Create a task")
    public Response create(@PathParam("tenantId") String tenantId,
                           NewTask request) {
        if (request == null) {
            throw AdminProblem.invalid("Send the task as JSON: {\"id\",\"name\",\"description\",\"expectedIntents\"}.");
        }
        var task = administration.createTask(admin.actor(), admin.tenant(), request.id(),
                new TenantAdministration.TaskChange(request.name(), request.description(), request.expectedIntents(),
                        request.open(), request.quota(), request.examples()));
        return Response.status(201).entity(Views.of(task)).build();
    }

    @GET
    @Path("{taskId}")
    @Operation(summary = "One task")
    public TaskView get(@PathParam("tenantId") String tenantId, @PathParam("taskId") String taskId) {
        return Views.of(administration.task(admin.tenant(), taskId));
    }

    @PATCH
    @Path("{taskId}")
    @Operation(summary = "Change a task; \"open\": false closes it (refused from the next request on); \"quota\""
            + " replaces the task's own quota (dailyTokens, monthlyTokens, budgetUsd, budgetPeriod), shared by"
            + " everyone working on it; {} lifts it; \"examples\" replaces the owner's example requests (at most 20,"
            + " each up to 1,000 characters), which detectors compare prompts with")
    public TaskView update(@PathParam("tenantId") String tenantId, @PathParam("taskId") String taskId,
                                      TenantAdministration.TaskChange change) {
        if (change == null) {
            throw AdminProblem.invalid("Send the fields to change as JSON.");
        }
        return Views.of(administration.reviseTask(admin.actor(), admin.tenant(), taskId, change));
    }
}

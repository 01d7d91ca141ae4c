package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.RecentRequest;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.domain.model.usage.UsageHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's own view: who the gateway thinks they are and their recent requests. */
@Path("api/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "The signed-in user's own records")
@AnyCredential
public class MeResource {

    @Inject
    AdminContext admin;

    @Inject
    UsageHistory usage;

    @GET
    @Operation(summary = "Your identity and grants as the gateway sees them")
    public Caller me() {
        return admin.caller();
    }

    @GET
    @Path("usage")
    @Operation(summary = "Your most recent requests, newest first")
    public List<RecentRequest> usage(@QueryParam("limit") @DefaultValue("50") int limit) {
        Caller caller = admin.caller();
        if (limit < 1 || limit > 500) {
            throw io.taskgate.core.application.admin.AdminProblem.invalid("limit must be between 1 and 500.");
        }
        return usage.recentOf(caller.subject(), limit).stream().map(MeResource::view).toList();
    }

    static RecentRequest view(UsageRecord r) {
        return new RecentRequest(r.id(), r.createdAt().toString(), r.tenantId(), r.username(), r.taskId(), r.endpoint(),
                r.model(), r.status(), r.refusalCode(), r.promptTokens(), r.completionTokens(), r.costUsd(),
                r.latencyMs(), r.streamed(), r.intent(), r.promptText());
    }
}

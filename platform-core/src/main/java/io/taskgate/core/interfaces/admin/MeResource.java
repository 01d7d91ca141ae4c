package io.taskgate.core.interfaces.admin;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public List<Map<String, Object>> usage(@QueryParam("limit") @DefaultValue("50") int limit) {
        Caller caller = admin.caller();
        if (limit < 1 || limit > 500) {
            throw io.taskgate.core.application.admin.AdminProblem.invalid("limit must be between 1 and 500.");
        }
        return usage.recentOf(caller.subject(), limit).stream().map(MeResource::view).toList();
    }

    static Map<String, Object> view(UsageRecord r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("time", r.createdAt().toString());
        row.put("tenant", r.tenantId());
        row.put("username", r.username());
        row.put("task", r.taskId());
        row.put("endpoint", r.endpoint());
        row.put("model", r.model());
        row.put("status", r.status());
        row.put("refusalCode", r.refusalCode());
        row.put("promptTokens", r.promptTokens());
        row.put("completionTokens", r.completionTokens());
        row.put("costUsd", r.costUsd());
        row.put("latencyMs", r.latencyMs());
        row.put("streamed", r.streamed());
        row.put("intent", r.intent());
        row.put("prompt", r.promptText());
        return row;
    }
}

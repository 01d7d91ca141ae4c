package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.Invitations;
import io.taskgate.core.application.admin.MemberAdministration;
import io.taskgate.core.application.admin.Views;
import io.taskgate.core.application.misuse.ReviewDesk;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.infrastructure.persistence.UsageQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The review queue: members flagged by misuse detection, with the evidence, and the owner's decisions. */
@Path("api/tenants/{tenantId}/review")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review", description = "Flagged members and decisions on them")
public class ReviewResource {

    @Inject
    AdminGuard guard;

    @Inject
    ReviewDesk desk;

    @Inject
    UsageQueries usage;

    @Inject
    MemberAdministration members;

    @Inject
    Invitations invitations;

    /** An owner's decision: REENABLE (score reset), SUSPEND (with suspendedUntil) or BAN. */
    public record DecisionRequest(String decision, String reason, String suspendedUntil) {
    }

    @GET
    @Operation(summary = "Flagged members, newest flag first, each with score, threshold and evidence")
    public List<Map<String, Object>> queue(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                           @PathParam("tenantId") String tenantId) {
        var managing = guard.manage(auth, tenantId);
        return desk.queue(managing.tenant()).stream().map(c -> view(tenantId, c)).toList();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One member's score and evidence (flagged or not)")
    public Map<String, Object> member(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                      @PathParam("tenantId") String tenantId, @PathParam("username") String username) {
        var managing = guard.manage(auth, tenantId);
        return view(tenantId, desk.of(managing.tenant(), memberName(managing, username)));
    }

    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide on a member: REENABLE (score reset), SUSPEND (needs suspendedUntil) or BAN; audited")
    public Map<String, Object> decide(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                      @PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      DecisionRequest request) {
        var managing = guard.manage(auth, tenantId);
        if (request == null) {
            throw AdminProblem.invalid("Send the decision as JSON: {\"decision\":\"REENABLE\"}.");
        }
        var decided = desk.decide(managing.actor(), managing.tenant(), memberName(managing, username),
                request.decision(), request.reason(), request.suspendedUntil());
        invitations.endSessionsIfRemoved(decided); // a ban ends the person's Keycloak sessions too
        return Views.of(decided);
    }

    private String memberName(AdminGuard.Managing managing, String username) {
        return members.member(managing.tenant(), username).username();
    }

    private Map<String, Object> view(String tenantId, ReviewDesk.Case c) {
        Set<String> ids = c.evidence().stream().map(MisuseEvent::requestId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, UsageRecord> requests = usage.byIds(tenantId, ids).stream()
                .collect(Collectors.toMap(UsageRecord::id, r -> r));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", c.username());
        view.put("score", Math.round(c.score() * 1000) / 1000.0);
        view.put("threshold", c.threshold());
        view.put("flaggedAt", c.flaggedAt() == null ? null : c.flaggedAt().toString());
        view.put("action", c.action());
        view.put("evidence", c.evidence().stream().map(e -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("at", e.at().toString());
            item.put("requestId", e.requestId());
            item.put("task", e.taskId());
            item.put("source", e.source());
            item.put("severity", e.severity());
            item.put("label", e.label());
            item.put("weight", e.weight());
            item.put("scoreAfter", Math.round(e.scoreAfter() * 1000) / 1000.0);
            item.put("evidence", e.evidence());
            UsageRecord r = e.requestId() == null ? null : requests.get(e.requestId());
            item.put("prompt", r == null ? null : r.promptText());
            item.put("intent", r == null ? null : r.intent());
            return item;
        }).toList());
        return view;
    }
}

package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** A tenant's misuse policy: weights, half-life, threshold, action, detector fail policy, webhook. */
@Path("api/tenants/{tenantId}/misuse-policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
public class MisusePolicyResource {

    @Inject
    AdminGuard guard;

    @Inject
    MisuseRepository misuse;

    @Inject
    AuditTrail audit;

    @Inject
    io.taskgate.core.infrastructure.plugins.PluginRegistry plugins;

    @Inject
    io.taskgate.core.application.misuse.PendingAssessments pendingAssessments;

    @GET
    @Operation(summary = "The tenant's misuse policy (defaults until changed); the webhook secret is never shown")
    public Map<String, Object> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("tenantId") String tenantId) {
        guard.manage(auth, tenantId);
        return view(misuse.policy(tenantId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Change the policy; missing fields keep their value, an empty webhookUrl removes the webhook")
    public Map<String, Object> put(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("tenantId") String tenantId,
                                   MisusePolicy.Settings settings) {
        var managing = guard.manage(auth, tenantId);
        if (settings == null) {
            throw AdminProblem.invalid("Send the policy fields to change as JSON.");
        }
        if (!settings.problems().isEmpty()) {
            throw AdminProblem.invalid("Invalid policy: " + String.join("; ", settings.problems()) + ".");
        }
        MisusePolicy policy = misuse.policy(tenantId);
        Map<String, Object> before = view(policy);
        policy.apply(settings);
        MisusePolicy saved = misuse.savePolicy(policy);
        audit.record(managing.actor(), tenantId, "misuse-policy.update", "tenant", tenantId, before, view(saved));
        plugins.misusePolicyChanged(tenantId);
        pendingAssessments.policyChanged(tenantId);
        return view(saved);
    }

    static Map<String, Object> view(MisusePolicy p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("slightWeight", p.slightWeight());
        view.put("majorWeight", p.majorWeight());
        view.put("halfLifeHours", p.halfLifeHours());
        view.put("threshold", p.threshold());
        view.put("action", p.action().name());
        view.put("suspendMinutes", p.suspendMinutes());
        view.put("failOpen", p.failOpen());
        view.put("webhookUrl", p.webhookUrl());
        view.put("webhookSecretSet", p.webhookSecret() != null);
        return view;
    }
}

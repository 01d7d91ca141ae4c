package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.MisusePolicyView;
import io.taskgate.core.application.misuse.MisusePolicies;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** A tenant's misuse policy: weights, half-life, threshold, action, detector fail policy, webhook. */
@Path("api/tenants/{tenantId}/misuse-policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
@TenantManager
public class MisusePolicyResource {

    @Inject
    AdminContext admin;

    @Inject
    MisusePolicies policies;

    @GET
    @Operation(summary = "The tenant's misuse policy (defaults until changed); the webhook secret is never shown")
    public MisusePolicyView get(@PathParam("tenantId") String tenantId) {
        return MisusePolicies.view(policies.policy(tenantId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the policy; missing fields keep their value, an empty webhookUrl removes the webhook")
    public MisusePolicyView put(@PathParam("tenantId") String tenantId,
                                   MisusePolicy.Settings settings) {
        return MisusePolicies.view(policies.change(admin.actor(), tenantId, settings));
    }
}

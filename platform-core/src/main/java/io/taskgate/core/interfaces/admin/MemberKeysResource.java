package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.ApiKeyView;
import io.taskgate.core.application.admin.KeyIssuer;
import io.taskgate.core.application.admin.MemberKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** An owner's view of a member's API keys in their tenant: list and revoke (keys are archived, never deleted). */
@Path("api/tenants/{tenantId}/members/{username}/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
@TenantManager
public class MemberKeysResource {

    @Inject
    AdminContext admin;

    @Inject
    MemberKeys memberKeys;

    @GET
    @Operation(summary = "A member's API keys that carry this tenant (never their secrets)")
    public List<ApiKeyView> list(@PathParam("tenantId") String tenantId, @PathParam("username") String username) {
        return memberKeys.of(admin.tenant(), username).stream().map(KeysResource::view).toList();
    }

    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key for a member, carrying only this tenant's share of their grant (shown once)")
    public jakarta.ws.rs.core.Response issue(@PathParam("tenantId") String tenantId,
                                             @PathParam("username") String username, KeyIssuer.KeyRequest request) {
        return KeysResource.created(memberKeys.issue(admin.actor(), admin.tenant(), username, request));
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Revoke a member's API key; it stops working on the next request")
    public ApiKeyView revoke(@PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      @PathParam("keyId") String keyId) {
        return KeysResource.view(memberKeys.revoke(admin.actor(), admin.tenant(), username, keyId));
    }
}

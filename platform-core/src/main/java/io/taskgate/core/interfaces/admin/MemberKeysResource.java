package io.taskgate.core.interfaces.admin;

import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.application.admin.KeyIssuer;
import io.taskgate.core.application.admin.MemberAdministration;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An owner's view of a member's API keys in their tenant: list and revoke (keys are archived, never deleted). */
@Path("api/tenants/{tenantId}/members/{username}/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
public class MemberKeysResource {

    @Inject
    AdminGuard guard;

    @Inject
    MemberAdministration members;

    @Inject
    ApiKeyRepository keys;

    @Inject
    AuditTrail audit;

    @Inject
    KeyIssuer issuer;

    @GET
    @Operation(summary = "A member's API keys that carry this tenant (never their secrets)")
    public List<Map<String, Object>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                          @PathParam("tenantId") String tenantId, @PathParam("username") String username) {
        var managing = guard.manage(auth, tenantId);
        var member = members.member(managing.tenant(), username);
        return keys.findByUsername(member.username()).stream()
                .filter(k -> k.grant().tenants().contains(tenantId)).map(KeysResource::view).toList();
    }

    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Issue an API key for a member, carrying only this tenant's share of their grant (shown once)")
    public jakarta.ws.rs.core.Response issue(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                             @PathParam("tenantId") String tenantId,
                                             @PathParam("username") String username, KeyIssuer.KeyRequest request) {
        var managing = guard.manage(auth, tenantId);
        var member = members.member(managing.tenant(), username);
        if (member.subject() == null) {
            throw AdminProblem.conflict("identity_unknown", "'" + username + "' has not signed in yet; a key can be "
                    + "issued once the gateway knows their identity.");
        }
        var grant = issuer.grantOf(member.username(), java.util.Set.of("contractor"), tenantId);
        var issued = issuer.issue(member.subject(), member.username(), grant, request);
        audit.record(managing.actor(), tenantId, "key.issue", "key", issued.key().keyId(), null,
                KeysResource.view(issued.key()));
        return KeysResource.created(issued);
    }

    @DELETE
    @Path("{keyId}")
    @Transactional
    @Operation(summary = "Revoke a member's API key; it stops working on the next request")
    public Map<String, Object> revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                      @PathParam("tenantId") String tenantId, @PathParam("username") String username,
                                      @PathParam("keyId") String keyId) {
        var managing = guard.manage(auth, tenantId);
        var member = members.member(managing.tenant(), username);
        ApiKey key = keys.find(keyId).filter(k -> k.username().equals(member.username()))
                .filter(k -> k.grant().tenants().contains(tenantId))
                .orElseThrow(() -> AdminProblem.notFound("Key '" + keyId + "'"));
        Map<String, Object> before = KeysResource.view(key);
        ApiKey revoked = keys.revoke(keyId, key.subject(), Instant.now()).orElseThrow();
        Map<String, Object> after = KeysResource.view(revoked);
        audit.record(managing.actor(), tenantId, "key.revoke", "key", keyId, before, after);
        return after;
    }
}

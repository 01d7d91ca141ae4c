package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.ApiKeyView;
import io.taskgate.core.application.admin.Views;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.KeyIssuer;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The signed-in user's personal API keys: create (shown once), list, rotate, revoke. */
@Path("api/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "keys", description = "Personal API keys")
@SignedIn
public class KeysResource {

    @Inject
    AdminContext admin;

    @Inject
    ApiKeyRepository keys;

    @Inject
    KeyIssuer issuer;

    /** Lifetime of a rotated key; {@code null} keeps the old key's lifetime. */
    public record Rotation(Integer expiresInDays) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal API key bound to a subset of your tasks, endpoints and models")
    public Response create(KeyIssuer.KeyRequest request) {
        Caller caller = admin.caller();
        KeyGrant own = issuer.grantOf(caller.username(), caller.roles(), null);
        return created(issuer.issue(caller.subject(), caller.username(), own, request));
    }

    @GET
    @Operation(summary = "List your API keys (never their secrets)")
    public List<ApiKeyView> list() {
        Caller caller = admin.caller();
        return keys.findBySubject(caller.subject()).stream().map(KeysResource::view).toList();
    }

    @POST
    @Path("{keyId}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a key with a new one carrying the same grant; the old key keeps working for the "
            + "rotation grace period (gateway.keys.rotation-grace-minutes), then expires")
    public Response rotate(@PathParam("keyId") String keyId,
                           Rotation rotation) {
        Caller caller = admin.caller();
        return created(issuer.rotate(keyId, caller.subject(), rotation == null ? null : rotation.expiresInDays()));
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Revoke one of your API keys; it stops working on the next request")
    public ApiKeyView revoke(@PathParam("keyId") String keyId) {
        Caller caller = admin.caller();
        return keys.revoke(keyId, caller.subject(), Instant.now()).map(KeysResource::view)
                .orElseThrow(() -> AdminProblem.notFound("Key '" + keyId + "'"));
    }

    static Response created(KeyIssuer.Issued issued) {
        return Response.status(201).entity(Views.issued(issued.key(), issued.secret())).build();
    }

    static ApiKeyView view(ApiKey key) {
        return Views.of(key);
    }
}

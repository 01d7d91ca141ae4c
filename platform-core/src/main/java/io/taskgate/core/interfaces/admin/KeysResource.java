package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.infrastructure.persistence.JpaApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The signed-in user's personal API keys: create (shown once), list, revoke. */
@Path("api/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "keys", description = "Personal API keys")
public class KeysResource {

    @Inject
    CallerResolver callers;

    @Inject
    JpaApiKeyRepository keys;

    @Inject
    @ConfigProperty(name = "gateway.keys.max-lifetime-days", defaultValue = "90")
    int maxLifetimeDays;

    /** What a caller asks for when creating a key. */
    public record KeyRequest(String name, Set<String> tasks, Set<String> endpoints, Set<String> models,
                             Integer expiresInDays) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal API key bound to a subset of your tasks, endpoints and models")
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, KeyRequest request) {
        Caller caller = callers.requireToken(auth);
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw CallerResolver.invalid("Give the key a name of 1-100 characters.");
        }
        if (request.expiresInDays() == null || request.expiresInDays() < 1 || request.expiresInDays() > maxLifetimeDays) {
            throw CallerResolver.invalid("expiresInDays is required, between 1 and " + maxLifetimeDays + ".");
        }
        KeyGrant own = new KeyGrant(caller.tenants(), caller.tasks(), caller.endpoints(), caller.models(), caller.roles());
        rejectUngranted("tasks", request.tasks(), own.tasks());
        rejectUngranted("endpoints", request.endpoints(), own.endpoints());
        rejectUngranted("models", request.models(), own.models());
        ApiKeySecret secret = ApiKeySecret.generate();
        Instant now = Instant.now();
        ApiKey key = new ApiKey(secret.keyId(), secret.hash(), caller.subject(), caller.username(), request.name().strip(),
                own.narrowTo(request.tasks(), request.endpoints(), request.models()), now,
                now.plus(Duration.ofDays(request.expiresInDays())));
        keys.add(key);
        Map<String, Object> body = view(key);
        body.put("key", secret.plainText());
        return Response.status(201).entity(body).build();
    }

    @GET
    @Operation(summary = "List your API keys (never their secrets)")
    public List<Map<String, Object>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth) {
        Caller caller = callers.requireToken(auth);
        return keys.findBySubject(caller.subject()).stream().map(KeysResource::view).toList();
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Revoke one of your API keys; it stops working on the next request")
    public Map<String, Object> revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("keyId") String keyId) {
        Caller caller = callers.requireToken(auth);
        return keys.revoke(keyId, caller.subject(), Instant.now()).map(KeysResource::view)
                .orElseThrow(() -> new jakarta.ws.rs.WebApplicationException(io.taskgate.core.interfaces.proxy.OpenAiErrors
                        .response(io.taskgate.api.pipeline.Refusal.of(404, "not_found", "No such key."))));
    }

    private static void rejectUngranted(String kind, Set<String> wanted, Set<String> granted) {
        if (wanted != null && !granted.containsAll(wanted)) {
            throw CallerResolver.invalid("A key can only carry " + kind + " you have yourself: " + granted + ".");
        }
    }

    static Map<String, Object> view(ApiKey key) {
        KeyGrant grant = key.grant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("keyId", key.keyId());
        body.put("prefix", ApiKeySecret.PREFIX + key.keyId());
        body.put("name", key.name());
        body.put("tasks", grant.tasks());
        body.put("endpoints", grant.endpoints());
        body.put("models", grant.models());
        body.put("createdAt", key.createdAt().toString());
        body.put("expiresAt", key.expiresAt().toString());
        body.put("revokedAt", key.revokedAt() == null ? null : key.revokedAt().toString());
        return body;
    }
}

package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.Activated;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * Where a new person redeems the one-time activation code their project owner handed them (deployments without
 * SMTP), choosing their password. Needs no sign-in: the code is the credential, valid once and until it expires.
 */
@Path("api/activation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@PublicAccess
public class ActivationResource {

    /** What the person sends. */
    public record Activation(String code, String password) {
    }

    @Inject
    Invitations invitations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Redeem a one-time activation code with a new password (8-256 characters); then sign in with "
            + "your username and that password")
    public Activated activate(Activation activation) {
        if (activation == null) {
            throw AdminProblem.invalid("Send {\"code\":\"tga_...\",\"password\":\"...\"} as JSON.");
        }
        invitations.redeem(activation.code(), activation.password());
        return new Activated(true, "Your password is set. Sign in with your username and the new password.");
    }
}

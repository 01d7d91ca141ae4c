package io.taskgate.core.interfaces.admin;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.access.CallerAuthentication;
import io.taskgate.core.application.access.InvalidCredentialsException;
import io.taskgate.core.interfaces.http.OpenAiErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import java.util.Arrays;

/** Authenticates admin API calls with the same credentials as the proxy, refusing in the OpenAI error format. */
@ApplicationScoped
public class CallerResolver {

    @Inject
    CallerAuthentication authentication;

    public Caller require(String authorization) {
        try {
            return authentication.authenticate(authorization);
        } catch (InvalidCredentialsException e) {
            throw new WebApplicationException(OpenAiErrors.response(Refusal.of(401, e.code(), e.getMessage())));
        }
    }

    /** Admin actions need a Keycloak token: an API key cannot manage keys or read admin data. */
    public Caller requireToken(String authorization, String... anyRole) {
        Caller caller = require(authorization);
        if (caller.authKind() != Caller.AuthKind.TOKEN) {
            throw AdminProblem.forbidden("This action needs a sign-in token, not an API key.");
        }
        if (anyRole.length > 0 && Arrays.stream(anyRole).noneMatch(caller.roles()::contains)) {
            throw AdminProblem.forbidden("This action needs one of the roles " + String.join(", ", anyRole) + ".");
        }
        return caller;
    }
}

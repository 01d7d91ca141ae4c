package io.taskgate.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sign-in through Keycloak with OpenID Connect (authorization code flow, client {@code taskgate-web}).
 * Settings from MicroProfile Config: {@code OIDC_ISSUER}, {@code WEB_OIDC_CLIENT_SECRET}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${webSettings.issuer}",
        clientId = "${webSettings.clientId}",
        clientSecret = "${webSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@ApplicationScoped
@Named("webSettings")
public class WebSecurity {

    public String getIssuer() {
        return setting("oidc.issuer", "http://localhost:8180/realms/taskgate");
    }

    public String getClientId() {
        return setting("web.oidc.client-id", "taskgate-web");
    }

    public String getClientSecret() {
        return setting("web.oidc.client-secret", "taskgate-web-dev-secret");
    }

    /** Where the core (gateway) serves its admin API, as the browser-facing URL without a trailing slash. */
    public String getGatewayUrl() {
        return setting("web.gateway-url", "http://localhost:8080");
    }

    private static String setting(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
    }
}

package io.taskgate.core.infrastructure.upstream;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;

/** Puts the gateway's own upstream key (never the caller's) and the optional {@code api-version} on every call. */
final class UpstreamAuthFilter implements ClientRequestFilter {

    private final UpstreamSettings settings;

    UpstreamAuthFilter(UpstreamSettings settings) {
        this.settings = settings;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().remove(HttpHeaders.AUTHORIZATION);
        if (!settings.apiKey().isEmpty()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey());
        }
        settings.apiVersion().ifPresent(version ->
                request.setUri(UriBuilder.fromUri(request.getUri()).queryParam("api-version", version).build()));
    }
}

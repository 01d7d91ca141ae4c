package io.taskgate.core.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keys from the identity provider's JWKS endpoint, cached. A token with an unknown {@code kid} triggers a
 * refetch, at most once per {@code minRefetchInterval}, so key rotation works and garbage kids cannot
 * turn the gateway into a load generator against Keycloak.
 */
public final class RemoteJwksKeySource implements JwksKeySource {

    private static final Logger LOG = Logger.getLogger(RemoteJwksKeySource.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI jwksUri;
    private final HttpClient http;
    private final Duration minRefetchInterval;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant fetchedAt = Instant.EPOCH;
    private volatile Instant lastAttempt = Instant.EPOCH;

    public RemoteJwksKeySource(URI jwksUri, Duration minRefetchInterval, Duration maxAge, Clock clock) {
        this.jwksUri = jwksUri;
        this.minRefetchInterval = minRefetchInterval;
        this.maxAge = maxAge;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public Optional<PublicKey> key(String kid) {
        PublicKey key = keys.get(kid);
        if (key != null && clock.instant().isBefore(fetchedAt.plus(maxAge))) {
            return Optional.of(key);
        }
        refreshIfAllowed();
        return Optional.ofNullable(keys.get(kid));
    }

    @Override
    public boolean ready() {
        if (keys.isEmpty()) {
            refreshIfAllowed();
        }
        return !keys.isEmpty();
    }

    /** Fetches the key set unless another fetch happened within the minimum interval. */
    synchronized void refreshIfAllowed() {
        Instant now = clock.instant();
        if (now.isBefore(lastAttempt.plus(minRefetchInterval))) {
            return;
        }
        lastAttempt = now;
        try {
            HttpRequest request = HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "JWKS fetch from " + jwksUri + " answered " + response.statusCode());
                return;
            }
            Map<String, PublicKey> fresh = JwkParser.parse(JSON.readTree(response.body()));
            if (!fresh.isEmpty()) {
                keys = Map.copyOf(fresh);
                fetchedAt = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "JWKS fetch from " + jwksUri + " failed: " + e);
        }
    }
}

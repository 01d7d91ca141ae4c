package io.taskgate.core.infrastructure.upstream;

import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how the gateway calls its upstream. Environment variables map onto these keys the
 * MicroProfile way: {@code UPSTREAM_BASE_URL}, {@code UPSTREAM_API_KEY}, {@code UPSTREAM_API_VERSION},
 * {@code UPSTREAM_TIMEOUT_MS}, {@code UPSTREAM_STREAM_IDLE_TIMEOUT_MS}.
 */
public record UpstreamSettings(URI baseUri, String apiKey, Optional<String> apiVersion, Duration connectTimeout,
                               Duration responseTimeout, Duration streamIdleTimeout) {

    public static UpstreamSettings from(Config config) {
        String base = config.getOptionalValue("upstream.base-url", String.class).orElse("http://127.0.0.1:8280/v1");
        return new UpstreamSettings(URI.create(base.endsWith("/") ? base : base + "/"),
                config.getOptionalValue("upstream.api-key", String.class).orElse(""),
                config.getOptionalValue("upstream.api-version", String.class).filter(v -> !v.isBlank()),
                Duration.ofMillis(config.getOptionalValue("upstream.connect-timeout-ms", Long.class).orElse(5_000L)),
                Duration.ofMillis(config.getOptionalValue("upstream.timeout-ms", Long.class).orElse(120_000L)),
                Duration.ofMillis(config.getOptionalValue("upstream.stream-idle-timeout-ms", Long.class).orElse(60_000L)));
    }
}

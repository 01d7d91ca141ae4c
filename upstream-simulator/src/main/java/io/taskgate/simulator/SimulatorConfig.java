package io.taskgate.simulator;

import java.util.Objects;

/**
 * Settings of the Taskgate upstream simulator (not a real model).
 *
 * @param host                bind address, default {@code 127.0.0.1}
 * @param port                TCP port, {@code 0} picks an ephemeral port
 * @param apiKey              the only accepted {@code Authorization: Bearer} value, default {@code sk-simulator}
 * @param embeddingDimensions vector length for {@code /v1/embeddings} when the request names none, default 16
 */
public record SimulatorConfig(String host, int port, String apiKey, int embeddingDimensions) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_API_KEY = "sk-simulator";
    public static final int DEFAULT_EMBEDDING_DIMENSIONS = 16;

    public SimulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(apiKey, "apiKey");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (embeddingDimensions < 1 || embeddingDimensions > EmbeddingsEndpoint.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("embeddingDimensions out of range: " + embeddingDimensions);
        }
    }

    /** Defaults: 127.0.0.1, ephemeral port, key {@code sk-simulator}, 16 embedding dimensions. */
    public static SimulatorConfig defaults() {
        return new SimulatorConfig(DEFAULT_HOST, 0, DEFAULT_API_KEY, DEFAULT_EMBEDDING_DIMENSIONS);
    }

    public SimulatorConfig withHost(String newHost) {
        return new SimulatorConfig(newHost, port, apiKey, embeddingDimensions);
    }

    public SimulatorConfig withPort(int newPort) {
        return new SimulatorConfig(host, newPort, apiKey, embeddingDimensions);
    }

    public SimulatorConfig withApiKey(String newApiKey) {
        return new SimulatorConfig(host, port, newApiKey, embeddingDimensions);
    }

    public SimulatorConfig withEmbeddingDimensions(int dimensions) {
        return new SimulatorConfig(host, port, apiKey, dimensions);
    }
}

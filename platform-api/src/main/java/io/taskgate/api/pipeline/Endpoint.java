package io.taskgate.api.pipeline;

import java.util.Arrays;
import java.util.Optional;

/** The OpenAI endpoints the gateway proxies, named as they appear in the {@code endpoints} claim. */
public enum Endpoint {
    CHAT_COMPLETIONS("chat.completions", "chat/completions"),
    COMPLETIONS("completions", "completions"),
    EMBEDDINGS("embeddings", "embeddings"),
    MODELS("models", "models");

    private final String claimName;
    private final String path;

    Endpoint(String claimName, String path) {
        this.claimName = claimName;
        this.path = path;
    }

    /** Name used in claims, grants and the usage ledger, e.g. {@code chat.completions}. */
    public String claimName() {
        return claimName;
    }

    /** Path below the {@code /v1/} base, e.g. {@code chat/completions}. */
    public String path() {
        return path;
    }

    public static Optional<Endpoint> byClaimName(String name) {
        return Arrays.stream(values()).filter(e -> e.claimName.equals(name)).findFirst();
    }
}

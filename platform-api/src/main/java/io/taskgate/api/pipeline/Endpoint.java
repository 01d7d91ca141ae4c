package io.taskgate.api.pipeline;

import java.util.Arrays;
import java.util.Optional;

/** The OpenAI endpoints the gateway proxies, named as they appear in the {@code endpoints} claim. */
public enum Endpoint {
    CHAT_COMPLETIONS("chat.completions", "chat/completions"),
    COMPLETIONS("completions", "completions"),
    EMBEDDINGS("embeddings", "embeddings"),
    MODELS("models", "models"),
    /** OpenAI's Responses API, the default of the current SDKs and coding agents; a grant of its own. */
    RESPONSES("responses", "responses"),
    MODERATIONS("moderations", "moderations");

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

    /** Whether the endpoint produces a completion (generated text or tool calls), bounded by a token limit. */
    public boolean generates() {
        return this == CHAT_COMPLETIONS || this == COMPLETIONS || this == RESPONSES;
    }

    public static Optional<Endpoint> byClaimName(String name) {
        return Arrays.stream(values()).filter(e -> e.claimName.equals(name)).findFirst();
    }
}

package io.taskgate.core.infrastructure.security;

import java.security.PublicKey;
import java.util.Optional;

/** Resolves the public key a token names in its {@code kid} header. */
public interface JwksKeySource {

    Optional<PublicKey> key(String kid);

    /** Whether at least one key has been loaded (for readiness). */
    boolean ready();
}

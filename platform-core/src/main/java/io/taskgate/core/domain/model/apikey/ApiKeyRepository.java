package io.taskgate.core.domain.model.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores personal API keys (hashes only). */
public interface ApiKeyRepository {

    Optional<ApiKey> find(String keyId);

    /** The keys of one person (a subject), newest first. */
    List<ApiKey> findBySubject(String subject);

    /** The keys issued under a username, newest first. */
    List<ApiKey> findByUsername(String username);

    void add(ApiKey key);

    ApiKey update(ApiKey key);

    /** Marks the subject's key revoked (the row and its usage history stay); empty if it is not theirs. */
    Optional<ApiKey> revoke(String keyId, String subject, Instant at);
}

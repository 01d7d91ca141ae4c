package io.taskgate.core.domain.model.apikey;

import java.util.List;
import java.util.Optional;

/** Stores personal API keys (hashes only). */
public interface ApiKeyRepository {

    Optional<ApiKey> find(String keyId);

    List<ApiKey> findBySubject(String subject);

    void add(ApiKey key);
}

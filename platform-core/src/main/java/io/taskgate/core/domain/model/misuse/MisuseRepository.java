package io.taskgate.core.domain.model.misuse;

import java.util.List;
import java.util.Optional;

/** Policies, scores and evidence of misuse detection. */
public interface MisuseRepository {

    /** The tenant's policy, or the defaults when the tenant never set one. */
    MisusePolicy policy(String tenantId);

    MisusePolicy savePolicy(MisusePolicy policy);

    /** The member's score, locked for update within the caller's transaction; created when missing. */
    DeviationScore scoreForUpdate(String tenantId, String username);

    Optional<DeviationScore> score(String tenantId, String username);

    List<DeviationScore> flagged(String tenantId);

    void add(MisuseEvent event);

    List<MisuseEvent> events(String tenantId, String username, int limit);

    /** Whether a request of the member with this prompt key was scored as deviating at or after {@code since}. */
    boolean scoredBefore(String tenantId, String username, PromptKey prompt, java.time.Instant since);
}

package io.taskgate.core.application.misuse;

import io.taskgate.core.application.Caches;
import io.taskgate.core.application.Cache;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The warning a member flagged under a {@code WARN} policy sees on every answer ({@code X-Taskgate-Warning}) and on
 * their page, until the owner decides. Read through a request-path cache that every change to the member's flag
 * clears ({@link Caches}).
 */
@ApplicationScoped
public class MemberWarnings {

    public static final String HEADER = "X-Taskgate-Warning";

    @Inject
    MisuseRepository misuse;

    private Cache<String, Optional<String>> cache;

    @Inject
    Caches coherence;

    @PostConstruct
    void init() {
        cache = coherence.newCache("member-flag", 30_000);
    }

    public Optional<String> of(String tenantId, String username) {
        return cache.get(tenantId + "/" + username, key -> misuse.score(tenantId, username)
                .filter(DeviationScore::flagged).filter(s -> s.flagAction() == FlagAction.WARN)
                .map(s -> "Your recent requests to project '" + tenantId + "' look unrelated to its tasks; the "
                        + "project owner has been asked to review them. Keep to the task named in X-Task-Id."));
    }

    /** The member's flag changed on this instance: the next answer shows the new state. */
    public void evict(String tenantId, String username) {
        cache.evict(tenantId + "/" + username);
    }
}

package io.taskgate.core.application.misuse;

import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** For tests that read tenants' policies only: no scores, no evidence; saving a policy keeps it as it is. */
final class PolicyOnlyMisuseRepository implements MisuseRepository {

    private final Function<String, MisusePolicy> policies;

    PolicyOnlyMisuseRepository(Function<String, MisusePolicy> policies) {
        this.policies = policies;
    }

    public MisusePolicy policy(String tenantId) { return policies.apply(tenantId); }
    public MisusePolicy savePolicy(MisusePolicy p) { return p; }
    public DeviationScore scoreForUpdate(String t, String u) { throw new UnsupportedOperationException(); }
    public Optional<DeviationScore> score(String t, String u) { return Optional.empty(); }
    public List<DeviationScore> flagged(String t) { return List.of(); }
    public void add(MisuseEvent e) { throw new UnsupportedOperationException(); }
    public List<MisuseEvent> events(String t, String u, int limit) { return List.of(); }
    public boolean scoredBefore(String t, String u, PromptKey k, Instant since) { return false; }
}

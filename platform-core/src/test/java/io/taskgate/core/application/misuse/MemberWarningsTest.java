package io.taskgate.core.application.misuse;

import io.taskgate.core.application.RecordingCaches;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberWarningsTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    final Map<String, DeviationScore> scores = new HashMap<>();
    final RecordingCaches caches = new RecordingCaches();
    final MemberWarnings warnings = new MemberWarnings();

    MemberWarningsTest() {
        warnings.misuse = new MisuseRepository() {
            public MisusePolicy policy(String t) { return MisusePolicy.defaults(t); }
            public MisusePolicy savePolicy(MisusePolicy p) { return p; }
            public DeviationScore scoreForUpdate(String t, String u) { throw new UnsupportedOperationException(); }
            public Optional<DeviationScore> score(String t, String u) { return Optional.ofNullable(scores.get(t + "/" + u)); }
            public List<DeviationScore> flagged(String t) { return List.of(); }
            public void add(MisuseEvent e) { throw new UnsupportedOperationException(); }
            public List<MisuseEvent> events(String t, String u, int limit) { return List.of(); }
            public boolean scoredBefore(String t, String u, PromptKey k, Instant since) { return false; }
        };
        warnings.coherence = caches;
        warnings.init();
    }

    /** A member flagged by a policy whose action is {@code action}. */
    void flagged(String username, FlagAction action) {
        MisusePolicy policy = MisusePolicy.defaults("acme");
        policy.apply(new MisusePolicy.Settings(null, null, null, 1.0, action, null, null, null, null));
        DeviationScore score = new DeviationScore("acme", username, NOW);
        assertTrue(score.add(1.0, NOW, policy));
        scores.put("acme/" + username, score);
    }

    @Test
    void aMemberFlaggedUnderAWarnPolicyIsWarnedOnEveryAnswerFromOneLookup() {
        flagged("ivan", FlagAction.WARN);
        Optional<String> warning = warnings.of("acme", "ivan");
        assertTrue(warning.orElseThrow().contains("project 'acme'"), warning.toString());
        assertTrue(warning.orElseThrow().contains("X-Task-Id"));
        assertEquals(warning, warnings.of("acme", "ivan"));
        assertEquals(List.of("member-flag acme/ivan"), caches.loads, "read once, then from the cache");
        assertEquals(List.of("member-flag 30000"), caches.made);
    }

    @Test
    void aBlockingFlagOrNoFlagCarriesNoWarning() {
        flagged("ivan", FlagAction.BLOCK);
        assertEquals(Optional.empty(), warnings.of("acme", "ivan"));
        assertEquals(Optional.empty(), warnings.of("acme", "erin"));
    }

    @Test
    void anOwnersDecisionClearsTheCachedWarningSoTheNextAnswerHasNone() {
        flagged("ivan", FlagAction.WARN);
        assertTrue(warnings.of("acme", "ivan").isPresent());
        scores.get("acme/ivan").resolve();
        assertTrue(warnings.of("acme", "ivan").isPresent(), "still cached until the decision says so");
        warnings.evict("acme", "ivan");
        assertEquals(Optional.empty(), warnings.of("acme", "ivan"));
        assertEquals(List.of("member-flag acme/ivan"), caches.evictions);
    }
}

package io.taskgate.core.application.misuse;

import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.RequestAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds a deviating request to the member's score with its evidence, and acts when the score crosses the
 * tenant's threshold: warn, suspend for a period, or block until review. The action applies from the next
 * request on; the owner is told through the tenant's webhook.
 */
@ApplicationScoped
public class DeviationScoring {

    public static final String ACTOR = "taskgate:misuse-detection";

    @Inject
    ScoreKeeper keeper;

    @Inject
    FlagNotifier notifier;

    @Inject
    MemberWarnings warnings;

    Clock clock = Clock.systemUTC();

    /** The member's score after this request, and the action taken if the request made them cross the threshold. */
    public record Outcome(double score, Optional<FlagAction> action) {
    }

    public Optional<Outcome> record(String tenantId, String username, String requestId, String taskId,
                                    RequestAssessment assessment) {
        if (!assessment.deviates()) {
            return Optional.empty();
        }
        ScoreKeeper.Recorded recorded = keeper.record(tenantId, username, requestId, taskId, assessment);
        if (recorded.outcome().action().isPresent()) {
            warnings.evict(tenantId, username);
            notifier.flagged(recorded.policy(), event(tenantId, username, recorded.outcome(), recorded.policy(), assessment));
        }
        return Optional.of(recorded.outcome());
    }

    private Map<String, Object> event(String tenantId, String username, Outcome outcome, MisusePolicy policy,
                                      RequestAssessment assessment) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", "member.flagged");
        event.put("tenant", tenantId);
        event.put("member", username);
        event.put("score", outcome.score());
        event.put("threshold", policy.threshold());
        event.put("action", outcome.action().map(Enum::name).orElse(null));
        event.put("at", clock.instant().toString());
        event.put("evidence", List.copyOf(assessment.signals().stream().map(s -> Map.of("detector", s.detector(),
                "severity", s.severity().name(), "label", String.valueOf(s.label()), "evidence", s.evidence())).toList()));
        return event;
    }
}

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
 *
 * <p><b>The scoring rule.</b> The tenant's policy is unchanged: {@code slightWeight} (0.1), {@code majorWeight} (1.0),
 * {@code halfLifeHours} (24) and {@code threshold} (2.0), the score decaying exponentially and compared with the
 * threshold at one decimal. Each request's signals (the intent marker's and every detector's findings) are grouped
 * by detector ({@link RequestAssessment}):
 * <ul>
 *   <li>a request with a <b>MAJOR</b> signal adds {@code majorWeight}, plus {@code slightWeight} for each other
 *       detector that flagged the same request (SLIGHT or MAJOR): an off-topic request that two detectors agree on
 *       weighs 1.1, one detector's MAJOR alone 1.0, and a request counts as one major deviation however many
 *       detectors report it;</li>
 *   <li>one detector's MAJOR alone, reported with a confidence below {@link RequestAssessment#STRONG_CONFIDENCE}
 *       (0.97), is a <b>weak</b> major deviation: it adds {@link RequestAssessment#WEAK_MAJOR_SHARE} (0.7) of
 *       {@code majorWeight}, so two of them (1.4) do not block a member and a third does. The intent marker and the
 *       keyword rules report a confidence of 1; the embedding classifier its calibrated misuse probability, which
 *       is below 0.97 for most of its false alarms on honest work and above it for most of its catches;</li>
 *   <li>a request whose SLIGHT signals come from <b>two or more detectors</b> (and no MAJOR) is corroborated and adds
 *       {@code slightWeight} in full;</li>
 *   <li>a request with the SLIGHT signals of <b>one detector only</b> is uncorroborated: it adds {@code slightWeight}
 *       only as far as the slight ceiling ({@link RequestAssessment#slightCeiling}: half the threshold, and low
 *       enough that one corroborated major deviation on top of it stays below the threshold, 0.8 under the
 *       defaults), and nothing while the score is at or above it. Slights alone therefore never block, flag or
 *       re-flag a member however many there are; they only bring the member nearer to a block by major ones.</li>
 *   <li>a request whose prompt the member <b>sent before</b> (the same assessed text, see
 *       {@link io.taskgate.core.domain.model.misuse.PromptKey}) and that was scored then, within
 *       {@link ScoreKeeper#REPEAT_WINDOW}, adds <b>nothing</b>: a retry or "regenerate" of a request is the same
 *       evidence, not new evidence. Its signals are still stored, with weight 0 and a note saying so.</li>
 * </ul>
 * Every signal is stored as evidence ({@code MisuseEvent}) with its detector, severity, label, evidence and
 * confidence and its part of the request's weight; the webhook's {@code evidence} lists the same per signal.
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

    /** Ends a blocked person's Keycloak sessions, as an owner's block does. */
    @Inject
    io.taskgate.core.application.admin.Invitations accounts;

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
            // after the transaction: a blocked person's console session and refresh tokens end with the block
            recorded.changed().ifPresent(m -> {
                if (accounts != null) {
                    accounts.endSessionsIfRemoved(m);
                }
            });
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
        event.put("evidence", List.copyOf(assessment.signals().stream().map(s -> Map.<String, Object>of(
                "detector", s.detector(), "severity", s.severity().name(), "label", String.valueOf(s.label()),
                "confidence", s.confidence(), "evidence", s.evidence())).toList()));
        return event;
    }
}

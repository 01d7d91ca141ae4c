package io.taskgate.core.application.misuse;

import io.taskgate.core.application.admin.MemberStore;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;
import io.taskgate.core.domain.model.misuse.RequestAssessment;
import io.taskgate.core.domain.model.misuse.WeightNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One transaction per deviating request: lock the score row, add the request's weight under the rule of
 * {@link DeviationScoring} (uncorroborated slights only up to the slight ceiling, a prompt sent again not at all),
 * store every signal as evidence with its part of the weight, act on a crossing.
 */
@ApplicationScoped
public class ScoreKeeper {

    @Inject
    MisuseRepository misuse;

    @Inject
    MemberStore members;

    /**
     * How long a scored prompt is remembered: the same prompt (same {@link PromptKey}) sent again by the member
     * within this time is the same evidence, and adds nothing. An owner's review that starts the score from zero
     * starts this memory too.
     */
    public static final Duration REPEAT_WINDOW = Duration.ofDays(7);

    Clock clock = Clock.systemUTC();

    /** The outcome, the policy it was decided under, and the membership as a crossing changed it (if it did). */
    public record Recorded(DeviationScoring.Outcome outcome, MisusePolicy policy, Optional<Membership> changed) {
    }

    @Transactional
    public Recorded record(String tenantId, String username, String requestId, String taskId,
                                 RequestAssessment assessment) {
        Instant now = clock.instant();
        MisusePolicy policy = misuse.policy(tenantId);
        DeviationScore score = misuse.scoreForUpdate(tenantId, username);
        Instant remembered = now.minus(REPEAT_WINDOW);
        Instant since = score.resetAt().filter(remembered::isBefore).orElse(remembered);
        boolean repeat = misuse.scoredBefore(tenantId, username, assessment.prompt(), since);
        double before = score.valueAt(now, policy.halfLifeHours());
        double weight = repeat ? 0 : assessment.weight(policy, before);
        boolean crossed = score.add(weight, now, policy);
        double after = score.valueAt(now, policy.halfLifeHours());
        double[] parts = assessment.signalWeights(policy, weight);
        List<String> notes = WeightNotes.of(assessment, policy, parts, weight, before, repeat);
        for (int i = 0; i < parts.length; i++) {
            misuse.add(MisuseEvent.of(tenantId, username, requestId, taskId, now, assessment.signals().get(i), parts[i],
                    after, assessment.prompt(), repeat).weighed(notes.get(i)));
        }
        if (!crossed) {
            return new Recorded(new DeviationScoring.Outcome(after, Optional.empty()), policy, Optional.empty());
        }
        String reason = String.format(java.util.Locale.ROOT, "deviation score %.2f reached the threshold %.2f",
                after, policy.threshold());
        Optional<Membership> changed = switch (policy.action()) {
            case SUSPEND -> Optional.of(members.change(DeviationScoring.ACTOR, tenantId, username, "member.suspended",
                    m -> m.changeStatus(MemberStatus.SUSPENDED, reason,
                            now.plus(Duration.ofMinutes(policy.suspendMinutes())), now)));
            case BLOCK -> Optional.of(members.change(DeviationScoring.ACTOR, tenantId, username, "member.blocked",
                    m -> m.changeStatus(MemberStatus.BLOCKED, reason, null, now)));
            case WARN -> Optional.empty();
        };
        return new Recorded(new DeviationScoring.Outcome(after, Optional.of(policy.action())), policy, changed);
    }

}
